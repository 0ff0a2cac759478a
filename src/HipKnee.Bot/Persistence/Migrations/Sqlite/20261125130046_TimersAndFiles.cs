using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HipKnee.Bot.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TimersAndFiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "NextTimerAt",
                table: "Users",
                type: "INTEGER",
                nullable: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_Users_IsActive_NextTimerAt",
                table: "Users",
                columns: new[] { "IsActive", "NextTimerAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_ChatId_Tag",
                table: "Outbox",
                columns: new[] { "ChatId", "Tag" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Users_IsActive_NextTimerAt",
                table: "Users");

            migrationBuilder.DropIndex(
                name: "IX_Outbox_ChatId_Tag",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "NextTimerAt",
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
