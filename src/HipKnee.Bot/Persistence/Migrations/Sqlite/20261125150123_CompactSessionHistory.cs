using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HipKnee.Bot.Persistence.Migrations.Sqlite
{
    /// <summary>
    /// Set results keep their time as milliseconds after the session's start, and no longer store the exercise and side,
    /// which follow from the step (the routine's fixed order: each exercise 1–4 left, then right). Sessions no longer
    /// store how many sets were done or skipped, which their set results tell.
    /// </summary>
    public partial class CompactSessionHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "MillisecondsIntoSession",
                table: "SetResults",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.Sql(
                """
                UPDATE "SetResults" SET "MillisecondsIntoSession" =
                    "At" - (SELECT s."StartedAt" FROM "Sessions" AS s WHERE s."Id" = "SetResults"."SessionId");
                """);

            migrationBuilder.DropColumn(
                name: "At",
                table: "SetResults");

            migrationBuilder.DropColumn(
                name: "ExerciseId",
                table: "SetResults");

            migrationBuilder.DropColumn(
                name: "Side",
                table: "SetResults");

            migrationBuilder.DropColumn(
                name: "SetsDone",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "SetsSkipped",
                table: "Sessions");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "At",
                table: "SetResults",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<int>(
                name: "ExerciseId",
                table: "SetResults",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Side",
                table: "SetResults",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SetsDone",
                table: "Sessions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SetsSkipped",
                table: "Sessions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.Sql(
                """
                UPDATE "SetResults" SET
                    "At" = (SELECT s."StartedAt" FROM "Sessions" AS s WHERE s."Id" = "SetResults"."SessionId") + "MillisecondsIntoSession",
                    "ExerciseId" = "Step" / 2 + 1,
                    "Side" = "Step" % 2 + 1;
                """);

            // SetOutcome: 1 done, 2 skipped.
            migrationBuilder.Sql(
                """
                UPDATE "Sessions" SET
                    "SetsDone" = (SELECT count(*) FROM "SetResults" AS r WHERE r."SessionId" = "Sessions"."Id" AND r."Outcome" = 1),
                    "SetsSkipped" = (SELECT count(*) FROM "SetResults" AS r WHERE r."SessionId" = "Sessions"."Id" AND r."Outcome" = 2);
                """);

            migrationBuilder.DropColumn(
                name: "MillisecondsIntoSession",
                table: "SetResults");
        }
    }
}
