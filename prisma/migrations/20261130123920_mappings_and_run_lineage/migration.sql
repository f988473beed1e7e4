/*
  Warnings:

  - You are about to drop the column `rules` on the `FieldMapping` table. All the data in the column will be lost.
  - You are about to drop the column `sourceSchema` on the `FieldMapping` table. All the data in the column will be lost.
  - You are about to drop the column `targetSchema` on the `FieldMapping` table. All the data in the column will be lost.
  - You are about to drop the column `version` on the `FieldMapping` table. All the data in the column will be lost.
  - A unique constraint covering the columns `[name]` on the table `FieldMapping` will be added. If there are existing duplicate values, this will fail.
  - Added the required column `latestVersion` to the `FieldMapping` table without a default value. This is not possible if the table is not empty.
  - Added the required column `updatedAt` to the `FieldMapping` table without a default value. This is not possible if the table is not empty.

*/
-- DropIndex
DROP INDEX "FieldMapping_name_version_key";

-- AlterTable
ALTER TABLE "FieldMapping" DROP COLUMN "rules",
DROP COLUMN "sourceSchema",
DROP COLUMN "targetSchema",
DROP COLUMN "version",
ADD COLUMN     "description" TEXT,
ADD COLUMN     "latestVersion" INTEGER NOT NULL,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL;

-- AlterTable
ALTER TABLE "Run" ADD COLUMN     "businessKey" TEXT,
ADD COLUMN     "restartFromStepId" TEXT,
ADD COLUMN     "sourceRunId" TEXT;

-- CreateTable
CREATE TABLE "FieldMappingVersion" (
    "id" TEXT NOT NULL,
    "mappingId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "definition" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FieldMappingVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "FieldMappingVersion_mappingId_version_key" ON "FieldMappingVersion"("mappingId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "FieldMapping_name_key" ON "FieldMapping"("name");

-- CreateIndex
CREATE INDEX "Run_sourceRunId_idx" ON "Run"("sourceRunId");

-- AddForeignKey
ALTER TABLE "FieldMappingVersion" ADD CONSTRAINT "FieldMappingVersion_mappingId_fkey" FOREIGN KEY ("mappingId") REFERENCES "FieldMapping"("id") ON DELETE CASCADE ON UPDATE CASCADE;
