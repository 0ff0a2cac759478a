using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace HipKnee.Bot.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ProgressTimersAndFiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "EraseAskedAt",
                table: "Users",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LevelOffer",
                table: "Users",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LevelOfferedAt",
                table: "Users",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Levels",
                table: "Users",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LevelsChangedAt",
                table: "Users",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "NextSummaryAt",
                table: "Users",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "NextTimerAt",
                table: "Users",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "PainCheckPending",
                table: "Users",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "SummariesOff",
                table: "Users",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "TimerSeconds",
                table: "Users",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "TimerSession",
                table: "Users",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "TimerStartedAt",
                table: "Users",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TimerStep",
                table: "Users",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "FileName",
                table: "Outbox",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ForgetWhenDone",
                table: "Outbox",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<byte[]>(
                name: "Payload",
                table: "Outbox",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Tag",
                table: "Outbox",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TelegramMessageId",
                table: "Outbox",
                type: "integer",
                nullable: true);

            // The old single level (1 = beginner variants, 2 = standard) becomes a level per exercise.
            migrationBuilder.Sql("UPDATE \"Users\" SET \"Levels\" = CASE WHEN \"Level\" = 1 THEN '0,0,0,0' ELSE '1,1,1,1' END;");

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
                    SessionNumber = table.Column<int>(type: "integer", nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "IX_Users_IsActive_NextSummaryAt",
                table: "Users",
                columns: new[] { "IsActive", "NextSummaryAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Users_IsActive_NextTimerAt",
                table: "Users",
                columns: new[] { "IsActive", "NextTimerAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_ChatId_Tag",
                table: "Outbox",
                columns: new[] { "ChatId", "Tag" });

            migrationBuilder.CreateIndex(
                name: "IX_PainEntries_ChatId_At",
                table: "PainEntries",
                columns: new[] { "ChatId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PainEntries");

            migrationBuilder.DropIndex(
                name: "IX_Users_IsActive_NextSummaryAt",
                table: "Users");

            migrationBuilder.DropIndex(
                name: "IX_Users_IsActive_NextTimerAt",
                table: "Users");

            migrationBuilder.DropIndex(
                name: "IX_Outbox_ChatId_Tag",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "EraseAskedAt",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "LevelOffer",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "LevelOfferedAt",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "Levels",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "LevelsChangedAt",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "NextSummaryAt",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "NextTimerAt",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "PainCheckPending",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "SummariesOff",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "TimerSeconds",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "TimerSession",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "TimerStartedAt",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "TimerStep",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "FileName",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "ForgetWhenDone",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "Payload",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "Tag",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "TelegramMessageId",
                table: "Outbox");
        }
    }
}
