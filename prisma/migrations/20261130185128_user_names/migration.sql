-- Users have an optional display name, asked by the first-run setup.
-- AlterTable
ALTER TABLE "User" ADD COLUMN     "name" TEXT;
