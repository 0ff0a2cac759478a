using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HipKnee.Bot.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Coaching : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ActiveSkippedSteps",
                table: "Users",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "EffortNotesShown",
                table: "Users",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "HurtExercise",
                table: "Users",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "HurtQuestionOpen",
                table: "Users",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "LevelChangeTimes",
                table: "Users",
                type: "TEXT",
                maxLength: 96,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "LevelOfferExercise",
                table: "Users",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "MorningCheckDay",
                table: "Users",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "MorningCheckOpen",
                table: "Users",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "NextMorningCheckAt",
                table: "Users",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "PainCheckForSession",
                table: "Users",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "RedFlagsCleared",
                table: "Users",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "SkippedLastSession",
                table: "Users",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "TimerReps",
                table: "Users",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "HurtExercise",
                table: "PainEntries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsAdHoc",
                table: "PainEntries",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "MorningChecks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChatId = table.Column<long>(type: "INTEGER", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Answer = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "IX_Users_IsActive_NextMorningCheckAt",
                table: "Users",
                columns: new[] { "IsActive", "NextMorningCheckAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MorningChecks_ChatId_Day",
                table: "MorningChecks",
                columns: new[] { "ChatId", "Day" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MorningChecks");

            migrationBuilder.DropIndex(
                name: "IX_Users_IsActive_NextMorningCheckAt",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "ActiveSkippedSteps",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "EffortNotesShown",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "HurtExercise",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "HurtQuestionOpen",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "LevelChangeTimes",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "LevelOfferExercise",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "MorningCheckDay",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "MorningCheckOpen",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "NextMorningCheckAt",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "PainCheckForSession",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "RedFlagsCleared",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "SkippedLastSession",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "TimerReps",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "HurtExercise",
                table: "PainEntries");

            migrationBuilder.DropColumn(
                name: "IsAdHoc",
                table: "PainEntries");
        }
    }
}
