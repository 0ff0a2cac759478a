using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HipKnee.Bot.Persistence.Migrations.Postgres
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
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            // As SetResultRecord.MillisecondsBetween counts: whole Unix milliseconds of each instant, subtracted.
            migrationBuilder.Sql(
                """
                UPDATE "SetResults" AS r SET "MillisecondsIntoSession" =
                    floor(extract(epoch FROM r."At") * 1000)::bigint - floor(extract(epoch FROM s."StartedAt") * 1000)::bigint
                FROM "Sessions" AS s WHERE s."Id" = r."SessionId";
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
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "At",
                table: "SetResults",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<int>(
                name: "ExerciseId",
                table: "SetResults",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Side",
                table: "SetResults",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SetsDone",
                table: "Sessions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SetsSkipped",
                table: "Sessions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.Sql(
                """
                UPDATE "SetResults" AS r SET
                    "At" = s."StartedAt" + r."MillisecondsIntoSession" * interval '1 millisecond',
                    "ExerciseId" = r."Step" / 2 + 1,
                    "Side" = r."Step" % 2 + 1
                FROM "Sessions" AS s WHERE s."Id" = r."SessionId";
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
