CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

CREATE TABLE "Findings" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Findings" PRIMARY KEY AUTOINCREMENT,
    "ThreadId" TEXT NOT NULL,
    "MessageId" TEXT NOT NULL,
    "RuleId" TEXT NOT NULL,
    "Severity" TEXT NOT NULL,
    "Message" TEXT NOT NULL,
    "Source" TEXT NOT NULL,
    "At" INTEGER NOT NULL
);

CREATE TABLE "MailboxStates" (
    "MailboxId" TEXT NOT NULL CONSTRAINT "PK_MailboxStates" PRIMARY KEY,
    "Status" TEXT NOT NULL,
    "Detail" TEXT NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "TimeZone" TEXT NULL
);

CREATE TABLE "Messages" (
    "MailboxId" TEXT NOT NULL,
    "MessageId" TEXT NOT NULL,
    "ConversationId" TEXT NOT NULL,
    "InternetMessageId" TEXT NULL,
    "FromAddress" TEXT NULL,
    "Folder" TEXT NOT NULL,
    "IsDraft" INTEGER NOT NULL,
    "At" INTEGER NOT NULL,
    "Direction" TEXT NOT NULL,
    "InboundKind" TEXT NULL,
    "ReturnsOn" TEXT NULL,
    "Recipients" TEXT NULL,
    CONSTRAINT "PK_Messages" PRIMARY KEY ("MailboxId", "MessageId")
);

CREATE TABLE "SyncCursors" (
    "MailboxId" TEXT NOT NULL,
    "Folder" TEXT NOT NULL,
    "DeltaLink" TEXT NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    CONSTRAINT "PK_SyncCursors" PRIMARY KEY ("MailboxId", "Folder")
);

CREATE TABLE "Threads" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Threads" PRIMARY KEY,
    "MailboxId" TEXT NOT NULL,
    "ConversationId" TEXT NOT NULL,
    "OutreachMessageId" TEXT NOT NULL,
    "ContactAddress" TEXT NOT NULL,
    "ContactName" TEXT NULL,
    "ContactSignedName" TEXT NULL,
    "Subject" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "DetectionReasons" TEXT NOT NULL,
    "OutreachSentAt" INTEGER NOT NULL,
    "State" TEXT NOT NULL,
    "NextActionAt" INTEGER NULL,
    "Reason" TEXT NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "Revision" INTEGER NOT NULL,
    "ContactKey" TEXT NULL
);

CREATE TABLE "Drafts" (
    "DraftKey" TEXT NOT NULL CONSTRAINT "PK_Drafts" PRIMARY KEY,
    "ThreadId" TEXT NOT NULL,
    "Purpose" TEXT NOT NULL,
    "Sequence" INTEGER NOT NULL,
    "MessageId" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "StaleMarkedAt" INTEGER NULL,
    CONSTRAINT "FK_Drafts_Threads_ThreadId" FOREIGN KEY ("ThreadId") REFERENCES "Threads" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Drafts_ThreadId" ON "Drafts" ("ThreadId");

CREATE INDEX "IX_Findings_ThreadId" ON "Findings" ("ThreadId");

CREATE INDEX "IX_Messages_MailboxId_ConversationId" ON "Messages" ("MailboxId", "ConversationId");

CREATE INDEX "IX_Messages_MailboxId_FromAddress" ON "Messages" ("MailboxId", "FromAddress");

CREATE INDEX "IX_Threads_MailboxId_ContactKey" ON "Threads" ("MailboxId", "ContactKey");

CREATE UNIQUE INDEX "IX_Threads_MailboxId_ConversationId" ON "Threads" ("MailboxId", "ConversationId");

CREATE INDEX "IX_Threads_NextActionAt" ON "Threads" ("NextActionAt");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261130190659_Release327947862', '10.0.15');

ALTER TABLE "Messages" ADD "TrackedAt" INTEGER NULL;

CREATE TABLE "DraftClaims" (
    "DraftKey" TEXT NOT NULL CONSTRAINT "PK_DraftClaims" PRIMARY KEY,
    "ThreadId" TEXT NOT NULL,
    "Holder" TEXT NOT NULL,
    "ClaimedAt" INTEGER NOT NULL,
    "MessageId" TEXT NULL
);

CREATE TABLE "SkippedMessages" (
    "MailboxId" TEXT NOT NULL,
    "MessageId" TEXT NOT NULL,
    "Folder" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    CONSTRAINT "PK_SkippedMessages" PRIMARY KEY ("MailboxId", "MessageId")
);

DELETE FROM "SyncCursors";

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261130210246_CrashSafeTracking', '10.0.15');

ALTER TABLE "MailboxStates" ADD "TimeZoneAssumption" TEXT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261130212000_MailboxTimeZoneAssumption', '10.0.15');

CREATE INDEX "IX_Messages_MailboxId_InternetMessageId" ON "Messages" ("MailboxId", "InternetMessageId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201000527_MessageByInternetId', '10.0.15');

DROP INDEX "IX_Threads_NextActionAt";

ALTER TABLE "Threads" ADD "WakeUpAt" INTEGER NULL;

CREATE INDEX "IX_Threads_WakeUpAt" ON "Threads" ("WakeUpAt");

UPDATE Threads SET WakeUpAt = NextActionAt;

UPDATE Threads SET WakeUpAt = 0 WHERE WakeUpAt IS NULL AND State IN ('Drafted', 'FollowedUp');

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201033802_ThreadWakeUp', '10.0.15');

ALTER TABLE "MailboxStates" ADD "Profile" TEXT NULL;

ALTER TABLE "MailboxStates" ADD "ProfileReadAt" INTEGER NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201035755_MailboxProfile', '10.0.15');

ALTER TABLE "Threads" ADD "SnoozedUntil" INTEGER NULL;

ALTER TABLE "Threads" ADD "StopCategory" TEXT NULL;

ALTER TABLE "Threads" ADD "StoppedAt" INTEGER NULL;

ALTER TABLE "Threads" ADD "StoppedBy" TEXT NULL;

ALTER TABLE "Threads" ADD "YourTurnMarkedOn" TEXT NULL;

ALTER TABLE "Messages" ADD "Categories" TEXT NULL;

ALTER TABLE "Messages" ADD "FlagDueAt" INTEGER NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201062805_ThreadSteering', '10.0.15');

CREATE TABLE "Digests" (
    "MailboxId" TEXT NOT NULL,
    "WeekOf" TEXT NOT NULL,
    "Holder" TEXT NOT NULL,
    "ClaimedAt" INTEGER NOT NULL,
    "MessageId" TEXT NULL,
    "MadeAt" INTEGER NULL,
    CONSTRAINT "PK_Digests" PRIMARY KEY ("MailboxId", "WeekOf")
);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201063456_WeeklyDigest', '10.0.15');

