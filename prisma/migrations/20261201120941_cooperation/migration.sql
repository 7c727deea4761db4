-- CreateTable
CREATE TABLE "Cooperation" (
    "id" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "partnerName" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "goal" TEXT NOT NULL,
    "startDate" TIMESTAMP(3) NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'active',
    "currentStep" TEXT NOT NULL DEFAULT 'needs',
    "cycle" INTEGER NOT NULL DEFAULT 1,
    "profile" JSONB,
    "agreement" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Cooperation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CooperationStep" (
    "id" TEXT NOT NULL,
    "cooperationId" TEXT NOT NULL,
    "cycle" INTEGER NOT NULL,
    "step" TEXT NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',
    "decisions" TEXT NOT NULL DEFAULT '',
    "responsible" TEXT NOT NULL DEFAULT '',
    "dueDate" TIMESTAMP(3),
    "checklist" JSONB NOT NULL DEFAULT '{}',
    "completedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CooperationStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CooperationEvaluation" (
    "id" TEXT NOT NULL,
    "cooperationId" TEXT NOT NULL,
    "cycle" INTEGER NOT NULL,
    "goalsReached" TEXT NOT NULL,
    "profileFit" TEXT NOT NULL,
    "costBenefit" TEXT NOT NULL,
    "consequences" TEXT NOT NULL,
    "nextDate" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CooperationEvaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CooperationPartner" (
    "id" TEXT NOT NULL,
    "cooperationId" TEXT NOT NULL,
    "respondentId" TEXT NOT NULL,
    "invitedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedAt" TIMESTAMP(3),
    "withdrawnAt" TIMESTAMP(3),

    CONSTRAINT "CooperationPartner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CooperationTrustCheck" (
    "id" TEXT NOT NULL,
    "cooperationId" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "side" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CooperationTrustCheck_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Cooperation_companyId_idx" ON "Cooperation"("companyId");

-- CreateIndex
CREATE UNIQUE INDEX "CooperationStep_cooperationId_cycle_step_key" ON "CooperationStep"("cooperationId", "cycle", "step");

-- CreateIndex
CREATE UNIQUE INDEX "CooperationEvaluation_cooperationId_cycle_key" ON "CooperationEvaluation"("cooperationId", "cycle");

-- CreateIndex
CREATE UNIQUE INDEX "CooperationPartner_respondentId_key" ON "CooperationPartner"("respondentId");

-- CreateIndex
CREATE INDEX "CooperationPartner_cooperationId_idx" ON "CooperationPartner"("cooperationId");

-- CreateIndex
CREATE UNIQUE INDEX "CooperationTrustCheck_assessmentId_key" ON "CooperationTrustCheck"("assessmentId");

-- CreateIndex
CREATE INDEX "CooperationTrustCheck_cooperationId_idx" ON "CooperationTrustCheck"("cooperationId");

-- AddForeignKey
ALTER TABLE "Cooperation" ADD CONSTRAINT "Cooperation_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperationStep" ADD CONSTRAINT "CooperationStep_cooperationId_fkey" FOREIGN KEY ("cooperationId") REFERENCES "Cooperation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperationEvaluation" ADD CONSTRAINT "CooperationEvaluation_cooperationId_fkey" FOREIGN KEY ("cooperationId") REFERENCES "Cooperation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperationPartner" ADD CONSTRAINT "CooperationPartner_cooperationId_fkey" FOREIGN KEY ("cooperationId") REFERENCES "Cooperation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperationPartner" ADD CONSTRAINT "CooperationPartner_respondentId_fkey" FOREIGN KEY ("respondentId") REFERENCES "Respondent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperationTrustCheck" ADD CONSTRAINT "CooperationTrustCheck_cooperationId_fkey" FOREIGN KEY ("cooperationId") REFERENCES "Cooperation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperationTrustCheck" ADD CONSTRAINT "CooperationTrustCheck_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
