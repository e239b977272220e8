using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutreachAssistant.Storage.Migrations
{
    /// <inheritdoc />
    public partial class ThreadWakeUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Threads_NextActionAt",
                table: "Threads");

            migrationBuilder.AddColumn<long>(
                name: "WakeUpAt",
                table: "Threads",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Threads_WakeUpAt",
                table: "Threads",
                column: "WakeUpAt");

            // A thread waits for its next action as before; an open one without (drafted, followed up) is planned at the
            // next sync, which gives it the moment it moves on.
            migrationBuilder.Sql("UPDATE Threads SET WakeUpAt = NextActionAt;");
            migrationBuilder.Sql("UPDATE Threads SET WakeUpAt = 0 WHERE WakeUpAt IS NULL AND State IN ('Drafted', 'FollowedUp');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Threads_WakeUpAt",
                table: "Threads");

            migrationBuilder.DropColumn(
                name: "WakeUpAt",
                table: "Threads");

            migrationBuilder.CreateIndex(
                name: "IX_Threads_NextActionAt",
                table: "Threads",
                column: "NextActionAt");
        }
    }
}
