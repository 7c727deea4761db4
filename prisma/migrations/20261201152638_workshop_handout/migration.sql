-- AlterTable
ALTER TABLE "WorkshopPublication" ADD COLUMN     "handout" JSONB;
