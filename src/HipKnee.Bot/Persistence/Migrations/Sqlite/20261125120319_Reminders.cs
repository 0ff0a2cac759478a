using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HipKnee.Bot.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Reminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "HasSchedule",
                table: "Users",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "LanguageCode",
                table: "Users",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LastCompletedDay",
                table: "Users",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LastStartedDay",
                table: "Users",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "NextNudgeAt",
                table: "Users",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NextNudgeDay",
                table: "Users",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "NextNudgeKind",
                table: "Users",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NudgedDay",
                table: "Users",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "NudgesOnNudgedDay",
                table: "Users",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ReminderMinuteOfDay",
                table: "Users",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "RemindersPaused",
                table: "Users",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "SetupStep",
                table: "Users",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SkippedDay",
                table: "Users",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SkippedDays",
                columns: table => new
                {
                    ChatId = table.Column<long>(type: "INTEGER", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "IX_Users_IsActive_NextNudgeAt",
                table: "Users",
                columns: new[] { "IsActive", "NextNudgeAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SkippedDays");

            migrationBuilder.DropIndex(
                name: "IX_Users_IsActive_NextNudgeAt",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "HasSchedule",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "LanguageCode",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "LastCompletedDay",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "LastStartedDay",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "NextNudgeAt",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "NextNudgeDay",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "NextNudgeKind",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "NudgedDay",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "NudgesOnNudgedDay",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "ReminderMinuteOfDay",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "RemindersPaused",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "SetupStep",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "SkippedDay",
                table: "Users");
        }
    }
}
