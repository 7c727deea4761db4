-- CreateTable
CREATE TABLE "Workshop" (
    "id" TEXT NOT NULL,
    "advisorUserId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "place" TEXT NOT NULL,
    "questionnaires" TEXT[],
    "k" INTEGER NOT NULL DEFAULT 5,
    "joinCode" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Workshop_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkshopCompany" (
    "id" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "colleagueTokenHash" TEXT NOT NULL,
    "grantId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkshopCompany_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkshopParticipant" (
    "id" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "respondentId" TEXT NOT NULL,
    "email" TEXT,
    "claimCodeHash" TEXT,
    "claimExpiresAt" TIMESTAMP(3),
    "claimedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkshopParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkshopPublication" (
    "id" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "companyIds" TEXT[],
    "companyCount" INTEGER NOT NULL,
    "aggregate" JSONB NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkshopPublication_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Workshop_joinCode_key" ON "Workshop"("joinCode");

-- CreateIndex
CREATE INDEX "Workshop_advisorUserId_idx" ON "Workshop"("advisorUserId");

-- CreateIndex
CREATE UNIQUE INDEX "WorkshopCompany_companyId_key" ON "WorkshopCompany"("companyId");

-- CreateIndex
CREATE UNIQUE INDEX "WorkshopCompany_colleagueTokenHash_key" ON "WorkshopCompany"("colleagueTokenHash");

-- CreateIndex
CREATE INDEX "WorkshopCompany_workshopId_idx" ON "WorkshopCompany"("workshopId");

-- CreateIndex
CREATE UNIQUE INDEX "WorkshopParticipant_respondentId_key" ON "WorkshopParticipant"("respondentId");

-- CreateIndex
CREATE UNIQUE INDEX "WorkshopParticipant_claimCodeHash_key" ON "WorkshopParticipant"("claimCodeHash");

-- CreateIndex
CREATE INDEX "WorkshopParticipant_workshopId_idx" ON "WorkshopParticipant"("workshopId");

-- CreateIndex
CREATE INDEX "WorkshopParticipant_companyId_idx" ON "WorkshopParticipant"("companyId");

-- CreateIndex
CREATE UNIQUE INDEX "WorkshopPublication_workshopId_seq_key" ON "WorkshopPublication"("workshopId", "seq");

-- AddForeignKey
ALTER TABLE "Workshop" ADD CONSTRAINT "Workshop_advisorUserId_fkey" FOREIGN KEY ("advisorUserId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopCompany" ADD CONSTRAINT "WorkshopCompany_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopCompany" ADD CONSTRAINT "WorkshopCompany_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopParticipant" ADD CONSTRAINT "WorkshopParticipant_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopParticipant" ADD CONSTRAINT "WorkshopParticipant_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopPublication" ADD CONSTRAINT "WorkshopPublication_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;
