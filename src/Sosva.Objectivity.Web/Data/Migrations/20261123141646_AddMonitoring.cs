using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sosva.Objectivity.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddMonitoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BiasListEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    NameAsListed = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BiasListEntries", x => x.Id);
                    table.CheckConstraint("ck_bias_list_year", "\"Year\" BETWEEN 2015 AND 2100");
                    table.ForeignKey(
                        name: "FK_BiasListEntries_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Methodologies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "ru-RU-x-icu"),
                    Version = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Definition = table.Column<string>(type: "jsonb", nullable: false),
                    IsPreset = table.Column<bool>(type: "boolean", nullable: false),
                    BasedOnId = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Methodologies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Methodologies_Methodologies_BasedOnId",
                        column: x => x.BasedOnId,
                        principalTable: "Methodologies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RecommendationTemplates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    IndicatorCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecommendationTemplates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MonitoringCampaigns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    MethodologyId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DataEntryDeadline = table.Column<DateOnly>(type: "date", nullable: true),
                    AllowPrincipalEntry = table.Column<bool>(type: "boolean", nullable: false),
                    ComputedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ComputedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PublishedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitoringCampaigns", x => x.Id);
                    table.CheckConstraint("ck_campaign_year", "\"Year\" BETWEEN 2015 AND 2100");
                    table.ForeignKey(
                        name: "FK_MonitoringCampaigns_Methodologies_MethodologyId",
                        column: x => x.MethodologyId,
                        principalTable: "Methodologies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorValues",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    CampaignId = table.Column<int>(type: "integer", nullable: false),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    IndicatorCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OnTimeCount = table.Column<int>(type: "integer", nullable: true),
                    WithErrorsCount = table.Column<int>(type: "integer", nullable: true),
                    LateCount = table.Column<int>(type: "integer", nullable: true),
                    ConfirmedCount = table.Column<int>(type: "integer", nullable: true),
                    NotConfirmedCount = table.Column<int>(type: "integer", nullable: true),
                    OptionCode = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    CheckedItems = table.Column<List<string>>(type: "text[]", nullable: false),
                    EvidenceUrl = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorValues", x => x.Id);
                    table.CheckConstraint("ck_indicator_value_counts", "coalesce(\"OnTimeCount\", 0) >= 0 AND coalesce(\"WithErrorsCount\", 0) >= 0 AND coalesce(\"LateCount\", 0) >= 0 AND coalesce(\"ConfirmedCount\", 0) >= 0 AND coalesce(\"NotConfirmedCount\", 0) >= 0");
                    table.ForeignKey(
                        name: "FK_IndicatorValues_MonitoringCampaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "MonitoringCampaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_IndicatorValues_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SchoolRecommendations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    CampaignId = table.Column<int>(type: "integer", nullable: false),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    IndicatorCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    IsEdited = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SchoolRecommendations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SchoolRecommendations_MonitoringCampaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "MonitoringCampaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SchoolRecommendations_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SchoolResults",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    CampaignId = table.Column<int>(type: "integer", nullable: false),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    Points = table.Column<int[]>(type: "integer[]", nullable: false),
                    Explanations = table.Column<string[]>(type: "text[]", nullable: false),
                    Total = table.Column<int>(type: "integer", nullable: false),
                    BandCode = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Rank = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SchoolResults", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SchoolResults_MonitoringCampaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "MonitoringCampaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SchoolResults_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BiasListEntries_SchoolId",
                table: "BiasListEntries",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_BiasListEntries_Year_SchoolId",
                table: "BiasListEntries",
                columns: new[] { "Year", "SchoolId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValues_CampaignId_SchoolId_IndicatorCode",
                table: "IndicatorValues",
                columns: new[] { "CampaignId", "SchoolId", "IndicatorCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValues_SchoolId",
                table: "IndicatorValues",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_Methodologies_BasedOnId",
                table: "Methodologies",
                column: "BasedOnId");

            migrationBuilder.CreateIndex(
                name: "IX_Methodologies_Name_Version",
                table: "Methodologies",
                columns: new[] { "Name", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringCampaigns_MethodologyId",
                table: "MonitoringCampaigns",
                column: "MethodologyId");

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringCampaigns_Year",
                table: "MonitoringCampaigns",
                column: "Year",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RecommendationTemplates_IndicatorCode",
                table: "RecommendationTemplates",
                column: "IndicatorCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SchoolRecommendations_CampaignId_SchoolId_IndicatorCode",
                table: "SchoolRecommendations",
                columns: new[] { "CampaignId", "SchoolId", "IndicatorCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SchoolRecommendations_SchoolId",
                table: "SchoolRecommendations",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_SchoolResults_CampaignId_Rank",
                table: "SchoolResults",
                columns: new[] { "CampaignId", "Rank" });

            migrationBuilder.CreateIndex(
                name: "IX_SchoolResults_CampaignId_SchoolId",
                table: "SchoolResults",
                columns: new[] { "CampaignId", "SchoolId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SchoolResults_SchoolId",
                table: "SchoolResults",
                column: "SchoolId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BiasListEntries");

            migrationBuilder.DropTable(
                name: "IndicatorValues");

            migrationBuilder.DropTable(
                name: "RecommendationTemplates");

            migrationBuilder.DropTable(
                name: "SchoolRecommendations");

            migrationBuilder.DropTable(
                name: "SchoolResults");

            migrationBuilder.DropTable(
                name: "MonitoringCampaigns");

            migrationBuilder.DropTable(
                name: "Methodologies");
        }
    }
}
