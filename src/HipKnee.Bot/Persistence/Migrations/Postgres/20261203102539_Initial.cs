using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace HipKnee.Bot.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Broadcasts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AdminChatId = table.Column<long>(type: "bigint", nullable: false),
                    Text = table.Column<string>(type: "character varying(4096)", maxLength: 4096, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Queued = table.Column<int>(type: "integer", nullable: false),
                    Cursor = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Broadcasts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DeadLetters",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UpdateId = table.Column<long>(type: "bigint", nullable: true),
                    ChatId = table.Column<long>(type: "bigint", nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    Error = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    FailedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeadLetters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Inbox",
                columns: table => new
                {
                    UpdateId = table.Column<long>(type: "bigint", nullable: false),
                    ChatId = table.Column<long>(type: "bigint", nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Inbox", x => x.UpdateId);
                });

            migrationBuilder.CreateTable(
                name: "Leases",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    HolderId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Leases", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "Outbox",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChatId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(8192)", maxLength: 8192, nullable: true),
                    ButtonsJson = table.Column<string>(type: "text", nullable: true),
                    CallbackQueryId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    Tag = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    TelegramMessageId = table.Column<int>(type: "integer", nullable: true),
                    Payload = table.Column<byte[]>(type: "bytea", nullable: true),
                    FileName = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    ForgetWhenDone = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Error = table.Column<string>(type: "text", nullable: true),
                    Topic = table.Column<int>(type: "integer", nullable: false),
                    BroadcastId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PictureUploads",
                columns: table => new
                {
                    FileName = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    FileId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PictureUploads", x => x.FileName);
                });

            migrationBuilder.CreateTable(
                name: "PointedGroupChats",
                columns: table => new
                {
                    ChatId = table.Column<long>(type: "bigint", nullable: false),
                    PointedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PointedGroupChats", x => x.ChatId);
                });

            migrationBuilder.CreateTable(
                name: "ProcessedUpdates",
                columns: table => new
                {
                    UpdateId = table.Column<long>(type: "bigint", nullable: false),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessedUpdates", x => x.UpdateId);
                });

            migrationBuilder.CreateTable(
                name: "Users",
                columns: table => new
                {
                    ChatId = table.Column<long>(type: "bigint", nullable: false),
                    Language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    Levels = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    LevelsChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LevelChangeTimes = table.Column<string>(type: "character varying(96)", maxLength: 96, nullable: false),
                    LevelOffer = table.Column<int>(type: "integer", nullable: false),
                    LevelOfferedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PainCheckPending = table.Column<bool>(type: "boolean", nullable: false),
                    PainCheckForSession = table.Column<bool>(type: "boolean", nullable: false),
                    RedFlagsCleared = table.Column<bool>(type: "boolean", nullable: false),
                    HurtQuestionOpen = table.Column<bool>(type: "boolean", nullable: false),
                    HurtExercise = table.Column<int>(type: "integer", nullable: true),
                    SkippedLastSession = table.Column<int>(type: "integer", nullable: false),
                    EffortNotesShown = table.Column<int>(type: "integer", nullable: false),
                    LevelOfferExercise = table.Column<int>(type: "integer", nullable: true),
                    NextMorningCheckAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    MorningCheckDay = table.Column<DateOnly>(type: "date", nullable: true),
                    MorningCheckOpen = table.Column<bool>(type: "boolean", nullable: false),
                    SummariesOff = table.Column<bool>(type: "boolean", nullable: false),
                    PicturesOff = table.Column<bool>(type: "boolean", nullable: false),
                    NextSummaryAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EraseAskedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    TimerSession = table.Column<int>(type: "integer", nullable: true),
                    TimerStep = table.Column<int>(type: "integer", nullable: false),
                    TimerStartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    TimerSeconds = table.Column<int>(type: "integer", nullable: false),
                    TimerReps = table.Column<int>(type: "integer", nullable: false),
                    NextTimerAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    TimeZoneId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ZoneChosen = table.Column<bool>(type: "boolean", nullable: false),
                    TrainingDays = table.Column<int>(type: "integer", nullable: false),
                    SessionCount = table.Column<int>(type: "integer", nullable: false),
                    ActiveSessionNumber = table.Column<int>(type: "integer", nullable: true),
                    ActiveStartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ActiveLastActivityAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ActiveStep = table.Column<int>(type: "integer", nullable: false),
                    ActiveDone = table.Column<int>(type: "integer", nullable: false),
                    ActiveSkipped = table.Column<int>(type: "integer", nullable: false),
                    ActiveSkippedSteps = table.Column<int>(type: "integer", nullable: false),
                    LastNonTextHintAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    LanguageCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ReminderMinuteOfDay = table.Column<int>(type: "integer", nullable: false),
                    HasSchedule = table.Column<bool>(type: "boolean", nullable: false),
                    RemindersPaused = table.Column<bool>(type: "boolean", nullable: false),
                    SetupStep = table.Column<int>(type: "integer", nullable: false),
                    NextNudgeAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    NextNudgeKind = table.Column<int>(type: "integer", nullable: true),
                    NextNudgeDay = table.Column<DateOnly>(type: "date", nullable: true),
                    NudgedDay = table.Column<DateOnly>(type: "date", nullable: true),
                    NudgesOnNudgedDay = table.Column<int>(type: "integer", nullable: false),
                    LastStartedDay = table.Column<DateOnly>(type: "date", nullable: true),
                    LastCompletedDay = table.Column<DateOnly>(type: "date", nullable: true),
                    SkippedDay = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Users", x => x.ChatId);
                });

            migrationBuilder.CreateTable(
                name: "MorningChecks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChatId = table.Column<long>(type: "bigint", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Answer = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MorningChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MorningChecks_Users_ChatId",
                        column: x => x.ChatId,
                        principalTable: "Users",
                        principalColumn: "ChatId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PainEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChatId = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LocalDay = table.Column<DateOnly>(type: "date", nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    SessionNumber = table.Column<int>(type: "integer", nullable: false),
                    IsAdHoc = table.Column<bool>(type: "boolean", nullable: false),
                    HurtExercise = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PainEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PainEntries_Users_ChatId",
                        column: x => x.ChatId,
                        principalTable: "Users",
                        principalColumn: "ChatId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Sessions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChatId = table.Column<long>(type: "bigint", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EndedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Outcome = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Sessions_Users_ChatId",
                        column: x => x.ChatId,
                        principalTable: "Users",
                        principalColumn: "ChatId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SkippedDays",
                columns: table => new
                {
                    ChatId = table.Column<long>(type: "bigint", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SkippedDays", x => new { x.ChatId, x.Day });
                    table.ForeignKey(
                        name: "FK_SkippedDays_Users_ChatId",
                        column: x => x.ChatId,
                        principalTable: "Users",
                        principalColumn: "ChatId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SetResults",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SessionId = table.Column<long>(type: "bigint", nullable: false),
                    Step = table.Column<int>(type: "integer", nullable: false),
                    Outcome = table.Column<int>(type: "integer", nullable: false),
                    MillisecondsIntoSession = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SetResults", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SetResults_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Broadcasts_Status",
                table: "Broadcasts",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_DeadLetters_UpdateId",
                table: "DeadLetters",
                column: "UpdateId");

            migrationBuilder.CreateIndex(
                name: "IX_Inbox_ChatId_UpdateId",
                table: "Inbox",
                columns: new[] { "ChatId", "UpdateId" });

            migrationBuilder.CreateIndex(
                name: "IX_MorningChecks_ChatId_Day",
                table: "MorningChecks",
                columns: new[] { "ChatId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_BroadcastId_Status",
                table: "Outbox",
                columns: new[] { "BroadcastId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_ChatId_Status_Id",
                table: "Outbox",
                columns: new[] { "ChatId", "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_ChatId_Tag",
                table: "Outbox",
                columns: new[] { "ChatId", "Tag" });

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_Status_Id",
                table: "Outbox",
                columns: new[] { "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_Status_Topic_Id",
                table: "Outbox",
                columns: new[] { "Status", "Topic", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_Topic_CreatedAt",
                table: "Outbox",
                columns: new[] { "Topic", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PainEntries_ChatId_At",
                table: "PainEntries",
                columns: new[] { "ChatId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_ChatId_Number",
                table: "Sessions",
                columns: new[] { "ChatId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SetResults_SessionId_Step",
                table: "SetResults",
                columns: new[] { "SessionId", "Step" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Users_IsActive_NextMorningCheckAt",
                table: "Users",
                columns: new[] { "IsActive", "NextMorningCheckAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Users_IsActive_NextNudgeAt",
                table: "Users",
                columns: new[] { "IsActive", "NextNudgeAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Users_IsActive_NextSummaryAt",
                table: "Users",
                columns: new[] { "IsActive", "NextSummaryAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Users_IsActive_NextTimerAt",
                table: "Users",
                columns: new[] { "IsActive", "NextTimerAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Broadcasts");

            migrationBuilder.DropTable(
                name: "DeadLetters");

            migrationBuilder.DropTable(
                name: "Inbox");

            migrationBuilder.DropTable(
                name: "Leases");

            migrationBuilder.DropTable(
                name: "MorningChecks");

            migrationBuilder.DropTable(
                name: "Outbox");

            migrationBuilder.DropTable(
                name: "PainEntries");

            migrationBuilder.DropTable(
                name: "PictureUploads");

            migrationBuilder.DropTable(
                name: "PointedGroupChats");

            migrationBuilder.DropTable(
                name: "ProcessedUpdates");

            migrationBuilder.DropTable(
                name: "SetResults");

            migrationBuilder.DropTable(
                name: "SkippedDays");

            migrationBuilder.DropTable(
                name: "Sessions");

            migrationBuilder.DropTable(
                name: "Users");
        }
    }
}
