using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HipKnee.Bot.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Pictures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "PicturesOff",
                table: "Users",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "PictureUploads",
                columns: table => new
                {
                    FileName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    FileId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PictureUploads", x => x.FileName);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PictureUploads");

            migrationBuilder.DropColumn(
                name: "PicturesOff",
                table: "Users");
        }
    }
}
