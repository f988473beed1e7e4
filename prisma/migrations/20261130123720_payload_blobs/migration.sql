-- CreateTable
CREATE TABLE "PayloadBlob" (
    "id" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PayloadBlob_pkey" PRIMARY KEY ("id")
);
