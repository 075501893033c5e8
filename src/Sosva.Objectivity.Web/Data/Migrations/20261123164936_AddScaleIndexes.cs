using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sosva.Objectivity.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddScaleIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_ExecutionReports_Submitted",
                table: "ExecutionReports",
                columns: new[] { "SubmittedAt", "Id" },
                filter: "\"IsRequired\" AND \"State\" = 'Submitted'");

            migrationBuilder.CreateIndex(
                name: "IX_ExecutionReports_Waiting",
                table: "ExecutionReports",
                column: "DueDate",
                filter: "\"IsRequired\" AND \"State\" IN ('Draft', 'Returned')")
                .Annotation("Npgsql:IndexInclude", new[] { "SchoolId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ExecutionReports_Submitted",
                table: "ExecutionReports");

            migrationBuilder.DropIndex(
                name: "IX_ExecutionReports_Waiting",
                table: "ExecutionReports");
        }
    }
}
