using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HipKnee.Bot.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DeliveryLimitsAndGroupPointers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PointedGroupChats",
                columns: table => new
                {
                    ChatId = table.Column<long>(type: "INTEGER", nullable: false),
                    PointedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PointedGroupChats", x => x.ChatId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_ChatId_Status_Id",
                table: "Outbox",
                columns: new[] { "ChatId", "Status", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PointedGroupChats");

            migrationBuilder.DropIndex(
                name: "IX_Outbox_ChatId_Status_Id",
                table: "Outbox");
        }
    }
}
