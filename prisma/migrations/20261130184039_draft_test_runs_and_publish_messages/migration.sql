-- Draft test runs execute a flow's draft: they have no flow version. Published versions record a message and who published them.
-- AlterTable
ALTER TABLE "FlowVersion" ADD COLUMN     "message" TEXT,
ADD COLUMN     "publishedBy" TEXT;

-- AlterTable
ALTER TABLE "Run" ALTER COLUMN "flowVersionId" DROP NOT NULL,
ALTER COLUMN "flowVersionNumber" DROP NOT NULL;
