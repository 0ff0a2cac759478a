using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HipKnee.Bot.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProgressTimersAndFiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "EraseAskedAt",
                table: "Users",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LevelOffer",
                table: "Users",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "LevelOfferedAt",
                table: "Users",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Levels",
                table: "Users",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "LevelsChangedAt",
                table: "Users",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "NextSummaryAt",
                table: "Users",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "NextTimerAt",
                table: "Users",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "PainCheckPending",
                table: "Users",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "SummariesOff",
                table: "Users",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "TimerSeconds",
                table: "Users",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "TimerSession",
                table: "Users",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "TimerStartedAt",
                table: "Users",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TimerStep",
                table: "Users",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "FileName",
                table: "Outbox",
                type: "TEXT",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ForgetWhenDone",
                table: "Outbox",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<byte[]>(
                name: "Payload",
                table: "Outbox",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Tag",
                table: "Outbox",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TelegramMessageId",
                table: "Outbox",
                type: "INTEGER",
                nullable: true);

            // The old single level (1 = beginner variants, 2 = standard) becomes a level per exercise.
            migrationBuilder.Sql("UPDATE \"Users\" SET \"Levels\" = CASE WHEN \"Level\" = 1 THEN '0,0,0,0' ELSE '1,1,1,1' END;");

            migrationBuilder.CreateTable(
                name: "PainEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChatId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    LocalDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    SessionNumber = table.Column<int>(type: "INTEGER", nullable: false)
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
