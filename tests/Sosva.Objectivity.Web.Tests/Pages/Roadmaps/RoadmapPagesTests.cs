using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sosva.Objectivity.Domain.Auditing;
using Sosva.Objectivity.Domain.Roadmaps;
using Sosva.Objectivity.Web.Security;
using Sosva.Objectivity.Web.Tests.Infrastructure;

namespace Sosva.Objectivity.Web.Tests.Pages.Roadmaps;

public class RoadmapPagesTests(PortalFactory portal) : PortalTest(portal)
{
    private const string Table = "№ п/п\tМероприятия\tСроки\tОтветственные\tОжидаемый результат\n" +
                                 "1.\tНормативное обеспечение\t\t\t\n" +
                                 "1.1.\tПоложение о ВПР\tДо 26.03.2024 г.\tРуководители ОУ\tПоложение на сайте\n" +
                                 "1.2.\tСовещание\tМай 2024\tСпециалисты УО\tПротокол\n" +
                                 "2.\tМетодическая работа\t\t\t\n" +
                                 "2.1.\tСеминар\tВ течение учебного года\tМКУ «ИМЦ»\tСеминар проведён\n";

    private static string S(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static KeyValuePair<string, string>[] MeasureFields(int sectionId, string title, string deadline, string version = "0",
        string scope = "AllSchools", string checkpoints = "", bool edited = false, params int[] schools) =>
    [
        new("Input.SectionId", S(sectionId)), new("Input.Number", "1.1."), new("Input.Title", title), new("Input.DeadlineText", deadline),
        new("Input.Checkpoints", checkpoints), new("Input.CheckpointsEdited", edited ? "true" : "false"),
        new("Input.ResponsibleText", "Руководители ОУ"), new("Input.ExpectedResult", "Результат"), new("Input.DocumentType", ""),
        new("Input.ExecutionScope", scope), new("Input.ReportRequired", "true"), new("Version", version),
        .. schools.Select(s => new KeyValuePair<string, string>("Input.ChosenSchoolIds", S(s))),
    ];

    [Fact]
    public async Task Specialist_creates_a_roadmap_adds_a_section_and_a_measure_whose_checkpoints_come_from_the_deadline()
    {
        var client = await SignedInAsync(Roles.Specialist);

        var created = await client.PostFormAsync("/Roadmaps/Create",
        [
            new("Input.Title", "Дорожная карта 2024/2025"), new("Input.Level", "Municipal"), new("Input.PeriodStart", "2024-09-01"),
            new("Input.PeriodEnd", "2025-08-31"), new("Input.OrderNumber", "12"), new("Input.OrderDate", "2024-08-30"),
        ]);
        created.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var roadmapId = await Portal.WithDbAsync(db => db.Roadmaps.Select(r => r.Id).SingleAsync());
        (await client.PostFormAsync($"/Roadmaps/Section?roadmapId={roadmapId}", [new("Input.Number", "1."), new("Input.Title", "Анализ результатов")]))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        var sectionId = await Portal.WithDbAsync(db => db.Sections.Select(s => s.Id).SingleAsync());

        var saved = await client.PostFormAsync($"/Roadmaps/Measure?sectionId={sectionId}", MeasureFields(sectionId, "Анализ ВПР", "ежегодно до 1 ноября"));

        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        saved.Headers.Location!.OriginalString.Should().MatchRegex($@"^/Roadmaps/Details/{roadmapId}#m-\d+$");
        var measure = await Portal.WithDbAsync(db => db.Measures.Include(m => m.Checkpoints).SingleAsync());
        measure.DeadlineKind.Should().Be(DeadlineKind.Recurring);
        measure.Checkpoints.Select(c => c.DueDate).Should().Equal(new DateOnly(2024, 11, 1));
        var page = await client.GetDocumentAsync($"/Roadmaps/Details/{roadmapId}");
        page.QuerySelector("[data-testid=roadmap-table]")!.TextContent.Should().Contain("Анализ ВПР").And.Contain("01.11.2024");
    }

    [Fact]
    public async Task Checkpoints_set_by_hand_win_over_the_deadline_text_and_bad_dates_are_explained()
    {
        var roadmap = await Portal.CreateRoadmapAsync(Table);
        var client = await SignedInAsync(Roles.Specialist);
        var measure = roadmap.Sections[0].Measures[0];
        var form = await OpenedForm.OpenAsync(client, $"/Roadmaps/Measure/{measure.Id}");

        var bad = await HttpClientExtensions.ParseAsync(await form.PostAsync(MeasureFields(measure.SectionId, "Положение о ВПР", "По графику Рособрнадзора",
            form.Value("Version"), checkpoints: "15.04.2024\n31.11.2024", edited: true)));
        bad.FieldError("Input.Checkpoints").Should().Contain("«31.11.2024» — не дата");
        bad.QuerySelector("#Input_DeadlineText")!.TextContent.Should().Be("По графику Рособрнадзора", "what was typed is kept");

        (await form.PostAsync(MeasureFields(measure.SectionId, "Положение о ВПР", "По графику Рособрнадзора", form.Value("Version"),
            checkpoints: "15.04.2024\n20.05.2024", edited: true))).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var saved = await Portal.WithDbAsync(db => db.Measures.Include(m => m.Checkpoints).SingleAsync(m => m.Id == measure.Id));
        saved.DeadlineKind.Should().Be(DeadlineKind.External);
        saved.Checkpoints.OrderBy(c => c.DueDate).Select(c => (c.DueDate, c.IsManual)).Should().Equal(
            (new DateOnly(2024, 4, 15), true), (new DateOnly(2024, 5, 20), true));
    }

    [Fact]
    public async Task The_live_preview_parses_a_deadline_within_the_roadmaps_period()
    {
        var roadmap = await Portal.CreateRoadmapAsync(Table);
        var client = await SignedInAsync(Roles.Specialist);

        var response = await client.GetAsync($"/Roadmaps/Measure?handler=Parse&roadmapId={roadmap.Id}&text={Uri.EscapeDataString("до 31 ноября")}");

        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        json.GetProperty("checkpoints").EnumerateArray().Select(c => c.GetString()).Should().Equal("30.11.2023");
        json.GetProperty("warnings").GetArrayLength().Should().BePositive();
    }

    [Fact]
    public async Task A_schools_own_plan_accepts_only_that_school_and_no_form_accepts_a_school_that_does_not_exist()
    {
        var a = await Portal.CreateSchoolAsync("Школа А");
        var b = await Portal.CreateSchoolAsync("Школа Б");
        var plan = await Portal.CreateRoadmapAsync(Table, level: RoadmapLevel.School, schoolId: a.Id, title: "План школы А");
        var measure = plan.Sections[0].Measures[0];
        var principal = await SignedInAsync(Roles.Principal, a.Id);
        var form = await OpenedForm.OpenAsync(principal, $"/Roadmaps/Measure/{measure.Id}");
        form.Page.QuerySelectorAll("input[name='Input.ChosenSchoolIds']").Select(i => i.GetAttribute("value"))
            .Should().Equal([S(a.Id)], "a school's plan offers only its own school");

        var refused = await HttpClientExtensions.ParseAsync(await form.PostAsync(
            MeasureFields(measure.SectionId, "Положение", "Май 2024", form.Value("Version"), scope: "ChosenSchools", schools: [a.Id, b.Id])));
        refused.FieldError("Input.ChosenSchoolIds").Should().Contain("только эта школа");
        (await form.PostAsync(MeasureFields(measure.SectionId, "Положение", "Май 2024", form.Value("Version"), scope: "ChosenSchools", schools: [a.Id])))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await Portal.WithDbAsync(db => db.MeasureSchools.Where(x => x.MeasureId == measure.Id).Select(x => x.SchoolId).ToListAsync()))
            .Should().Equal(a.Id);

        var roadmap = await Portal.CreateRoadmapAsync(Table);
        var municipal = roadmap.Sections[0].Measures[0];
        var specialist = await SignedInAsync(Roles.Specialist);
        var edit = await OpenedForm.OpenAsync(specialist, $"/Roadmaps/Measure/{municipal.Id}");
        var unknown = await edit.PostAsync(MeasureFields(municipal.SectionId, "Положение", "Май 2024", edit.Value("Version"), scope: "ChosenSchools", schools: [a.Id, 987654]));
        unknown.StatusCode.Should().Be(HttpStatusCode.OK);
        (await HttpClientExtensions.ParseAsync(unknown)).FieldError("Input.ChosenSchoolIds").Should().Contain("нет в справочнике");
        (await Portal.WithDbAsync(db => db.MeasureSchools.CountAsync(x => x.MeasureId == municipal.Id))).Should().Be(0);
    }

    [Fact]
    public async Task Chosen_schools_are_saved_and_a_measure_without_them_is_refused()
    {
        var roadmap = await Portal.CreateRoadmapAsync(Table);
        var a = await Portal.CreateSchoolAsync("Школа А");
        var b = await Portal.CreateSchoolAsync("Школа Б");
        var client = await SignedInAsync(Roles.Specialist);
        var measure = roadmap.Sections[0].Measures[0];
        var form = await OpenedForm.OpenAsync(client, $"/Roadmaps/Measure/{measure.Id}");

        var refused = await HttpClientExtensions.ParseAsync(await form.PostAsync(
            MeasureFields(measure.SectionId, "Положение", "Май 2024", form.Value("Version"), scope: "ChosenSchools")));
        refused.FieldError("Input.ChosenSchoolIds").Should().Contain("Отметьте хотя бы одну школу");

        (await form.PostAsync(MeasureFields(measure.SectionId, "Положение", "Май 2024", form.Value("Version"), scope: "ChosenSchools", schools: [a.Id, b.Id])))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await Portal.WithDbAsync(db => db.MeasureSchools.Where(x => x.MeasureId == measure.Id).Select(x => x.SchoolId).OrderBy(x => x).ToListAsync()))
            .Should().Equal(new[] { a.Id, b.Id }.Order());
    }

    [Fact]
    public async Task A_second_save_of_the_same_measure_is_refused_with_the_other_persons_text_and_nothing_typed_is_lost()
    {
        var roadmap = await Portal.CreateRoadmapAsync(Table);
        var measure = roadmap.Sections[0].Measures[0];
        var first = await SignedInAsync(Roles.Specialist, userName: "first");
        var second = await SignedInAsync(Roles.Specialist, userName: "second");
        var url = $"/Roadmaps/Measure/{measure.Id}";
        var firstForm = await OpenedForm.OpenAsync(first, url);
        var secondForm = await OpenedForm.OpenAsync(second, url);

        (await firstForm.PostAsync(MeasureFields(measure.SectionId, "Текст первого", "Май 2024", firstForm.Value("Version"))))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        var refused = await secondForm.PostAsync(MeasureFields(measure.SectionId, "Текст второго", "Июнь 2024", secondForm.Value("Version")));

        refused.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await HttpClientExtensions.ParseAsync(refused);
        page.QuerySelector("[data-testid=form-errors]")!.TextContent.Should().Contain("изменил пользователь first");
        page.QuerySelector("[data-testid=conflicts]")!.TextContent.Should().Contain("Текст первого");
        page.QuerySelector("#Input_Title")!.TextContent.Should().Be("Текст второго");
        (await Portal.WithDbAsync(db => db.Measures.SingleAsync(m => m.Id == measure.Id))).Title.Should().Be("Текст первого");
    }

    [Fact]
    public async Task Editing_a_measure_is_audited_with_before_and_after()
    {
        var roadmap = await Portal.CreateRoadmapAsync(Table, RoadmapStatus.Approved);
        var measure = roadmap.Sections[0].Measures[0];
        var client = await SignedInAsync(Roles.Specialist, userName: "spicina");
        var form = await OpenedForm.OpenAsync(client, $"/Roadmaps/Measure/{measure.Id}");

        await form.PostAsync(MeasureFields(measure.SectionId, "Положение о ВПР (новая редакция)", "До 26.03.2024 г.", form.Value("Version")));

        var entry = await Portal.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.EntityType == "Measure" && a.Action == AuditAction.Updated));
        entry.UserName.Should().Be("spicina");
        var title = JsonDocument.Parse(entry.Changes).RootElement.GetProperty("Title");
        title.GetProperty("before").GetString().Should().Be("Положение о ВПР");
        title.GetProperty("after").GetString().Should().Be("Положение о ВПР (новая редакция)");
    }

    [Fact]
    public async Task Reordering_moves_a_measure_and_returns_to_its_place()
    {
        var roadmap = await Portal.CreateRoadmapAsync(Table);
        var client = await SignedInAsync(Roles.Specialist);
        var second = roadmap.Sections[0].Measures[1];

        var response = await client.PostFormAsync($"/Roadmaps/Details/{roadmap.Id}", [],
            $"/Roadmaps/Details/{roadmap.Id}?handler=MoveMeasure&measureId={second.Id}&delta=-1");

        response.Headers.Location!.OriginalString.Should().Be($"/Roadmaps/Details/{roadmap.Id}#m-{second.Id}");
        var page = await client.GetDocumentAsync($"/Roadmaps/Details/{roadmap.Id}");
        page.QuerySelectorAll("[data-testid=measure-row] td:first-child").Select(t => t.TextContent).Should().Equal("1.2.", "1.1.", "2.1.");
    }

    [Fact]
    public async Task Approving_archiving_and_returning_to_draft_record_who_and_when()
    {
        var roadmap = await Portal.CreateRoadmapAsync(Table);
        var client = await SignedInAsync(Roles.Specialist, userName: "spicina");
        var url = $"/Roadmaps/Details/{roadmap.Id}";

        await client.PostFormAsync(url, [], $"{url}?handler=Status&status=Approved");
        var approved = await Portal.WithDbAsync(db => db.Roadmaps.SingleAsync());
        await client.PostFormAsync(url, [], $"{url}?handler=Status&status=Archived");
        var archived = await Portal.WithDbAsync(db => db.Roadmaps.SingleAsync());
        await client.PostFormAsync(url, [], $"{url}?handler=Status&status=Draft");

        approved.Status.Should().Be(RoadmapStatus.Approved);
        approved.StatusChangedBy.Should().Be("spicina");
        approved.StatusChangedAt.Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
        archived.Status.Should().Be(RoadmapStatus.Archived);
        (await Portal.WithDbAsync(db => db.Roadmaps.SingleAsync())).Status.Should().Be(RoadmapStatus.Draft);
    }

    [Fact]
    public async Task An_empty_roadmap_cannot_be_approved()
    {
        var client = await SignedInAsync(Roles.Specialist);
        await client.PostFormAsync("/Roadmaps/Create",
            [new("Input.Title", "Пустая"), new("Input.Level", "Municipal"), new("Input.PeriodStart", "2024-09-01"), new("Input.PeriodEnd", "2025-08-31")]);
        var id = await Portal.WithDbAsync(db => db.Roadmaps.Select(r => r.Id).SingleAsync());

        await client.PostFormAsync($"/Roadmaps/Details/{id}", [], $"/Roadmaps/Details/{id}?handler=Status&status=Approved");

        (await Portal.WithDbAsync(db => db.Roadmaps.SingleAsync())).Status.Should().Be(RoadmapStatus.Draft);
        (await client.GetDocumentAsync($"/Roadmaps/Details/{id}")).Body!.TextContent.Should().Contain("Нельзя утвердить дорожную карту без мероприятий");
    }

    [Fact]
    public async Task Deleting_a_section_removes_its_measures()
    {
        var roadmap = await Portal.CreateRoadmapAsync(Table);
        var client = await SignedInAsync(Roles.Specialist);

        await client.PostFormAsync($"/Roadmaps/Details/{roadmap.Id}", [],
            $"/Roadmaps/Details/{roadmap.Id}?handler=DeleteSection&sectionId={roadmap.Sections[0].Id}");

        (await Portal.WithDbAsync(db => db.Measures.CountAsync())).Should().Be(1);
        (await Portal.WithDbAsync(db => db.Checkpoints.CountAsync(c => c.Measure!.Section!.RoadmapId == roadmap.Id))).Should().Be(1);
    }

    [Fact]
    public async Task Period_ending_before_it_starts_is_refused_next_to_the_field()
    {
        var client = await SignedInAsync(Roles.Specialist);

        var page = await HttpClientExtensions.ParseAsync(await client.PostFormAsync("/Roadmaps/Create",
            [new("Input.Title", "Карта"), new("Input.Level", "Municipal"), new("Input.PeriodStart", "2025-09-01"), new("Input.PeriodEnd", "2024-08-31")]));

        page.FieldError("Input.PeriodEnd").Should().Be("Конец периода раньше его начала.");
        (await Portal.WithDbAsync(db => db.Roadmaps.CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task Copy_makes_next_periods_draft_with_new_checkpoints()
    {
        var roadmap = await Portal.CreateRoadmapAsync(Table, RoadmapStatus.Approved);
        var client = await SignedInAsync(Roles.Specialist);

        var response = await client.PostFormAsync($"/Roadmaps/Copy/{roadmap.Id}",
        [
            new("Input.Title", "Дорожная карта 2024/2025"), new("Input.Level", "Municipal"), new("Input.PeriodStart", "2024-09-01"), new("Input.PeriodEnd", "2025-08-31"),
        ]);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var copy = await Portal.WithDbAsync(db => db.Roadmaps.Include(r => r.Sections).ThenInclude(s => s.Measures).ThenInclude(m => m.Checkpoints)
            .SingleAsync(r => r.Id != roadmap.Id));
        copy.Status.Should().Be(RoadmapStatus.Draft);
        copy.Sections.Single(s => s.Number == "2.").Measures.Single().Checkpoints.Single().DueDate
            .Should().Be(new DateOnly(2025, 8, 31), "«В течение учебного года» ends with the new academic year");
    }

    [Fact]
    public async Task Import_of_pasted_text_previews_and_creates_only_on_confirmation()
    {
        var client = await SignedInAsync(Roles.Specialist);
        var text = await File.ReadAllTextAsync(Path.Combine(PostgresServer.RepositoryRoot, "src", "Sosva.Objectivity.Web", "Data", "Seeding", "Demo", "rubtsovsk-order-534-2023.txt"));

        var preview = await HttpClientExtensions.ParseAsync(await client.PostFormAsync("/Roadmaps/Import", [new("PastedText", text)], "/Roadmaps/Import?handler=Read"));

        preview.QuerySelector("[data-testid=import-summary]")!.TextContent.Should().Contain("разделов: 8").And.Contain("мероприятий: 38");
        preview.QuerySelector("[data-testid=import-warnings]").Should().NotBeNull();
        (await Portal.WithDbAsync(db => db.Roadmaps.CountAsync())).Should().Be(0, "nothing is created before confirmation");
        var form = new OpenedForm(client, "/Roadmaps/Import", preview);

        var created = await form.PostAsync(
        [
            new("Preview.Title", "План Рубцовска (импорт)"), new("Preview.PeriodStart", form.Value("Preview.PeriodStart")),
            new("Preview.PeriodEnd", form.Value("Preview.PeriodEnd")), new("Preview.Payload", form.Value("Preview.Payload")),
            new("Preview.OrderNumber", form.Value("Preview.OrderNumber")),
        ], handler: "Confirm");

        created.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var roadmap = await Portal.WithDbAsync(db => db.Roadmaps.Select(r => new { r.Title, r.Status, r.OrderNumber, Measures = r.Sections.SelectMany(s => s.Measures).Count() }).SingleAsync());
        roadmap.Should().Be(new { Title = "План Рубцовска (импорт)", Status = RoadmapStatus.Draft, OrderNumber = (string?)"534", Measures = 38 });
    }

    [Fact]
    public async Task Import_of_text_without_a_table_says_so_and_a_tampered_preview_creates_nothing()
    {
        var client = await SignedInAsync(Roles.Specialist);

        var noTable = await HttpClientExtensions.ParseAsync(await client.PostFormAsync("/Roadmaps/Import", [new("PastedText", "Просто письмо без таблицы.")], "/Roadmaps/Import?handler=Read"));
        var tampered = await HttpClientExtensions.ParseAsync(await client.PostFormAsync("/Roadmaps/Import",
            [new("Preview.Title", "X"), new("Preview.PeriodStart", "2024-01-01"), new("Preview.PeriodEnd", "2024-12-31"), new("Preview.Payload", "eyJmYWtlIjp0cnVlfQ")],
            "/Roadmaps/Import?handler=Confirm"));

        noTable.QuerySelector("[data-testid=import-errors]")!.TextContent.Should().Contain("не найдена таблица мероприятий");
        tampered.QuerySelector("[data-testid=import-errors]")!.TextContent.Should().Contain("повреждены или устарели");
        (await Portal.WithDbAsync(db => db.Roadmaps.CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task Roadmap_exports_download_as_attachments_with_the_measures_inside()
    {
        var roadmap = await Portal.CreateRoadmapAsync(Table, RoadmapStatus.Approved, title: "Комплекс мер «2024»: тест/экспорт");
        var client = await SignedInAsync(Roles.Methodologist);

        var excel = await client.GetAsync($"/Roadmaps/Details/{roadmap.Id}?handler=Excel");
        var pdf = await client.GetAsync($"/Roadmaps/Details/{roadmap.Id}?handler=Pdf");

        excel.StatusCode.Should().Be(HttpStatusCode.OK);
        excel.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        excel.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        excel.Content.Headers.ContentDisposition.FileNameStar.Should().Be("Комплекс мер 2024 тест экспорт.xlsx");
        using (var book = new ClosedXML.Excel.XLWorkbook(await excel.Content.ReadAsStreamAsync()))
            book.Worksheet(1).CellsUsed().Select(c => c.GetString()).Should().Contain("Положение о ВПР").And.Contain("Семинар");
        pdf.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        pdf.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        System.Text.Encoding.ASCII.GetString(bytes, 0, 5).Should().Be("%PDF-");
    }

    [Fact]
    public async Task Import_of_a_Word_file_previews_the_seed_and_a_renamed_program_is_refused()
    {
        var seed = Importing.SeedTable.Load(Importing.SeedTable.Sosva);
        var docx = Importing.WordFile.Write(seed.Preamble, [seed.Rows], mergeTrailingCells: true);
        var client = await SignedInAsync(Roles.Specialist);

        var preview = await HttpClientExtensions.ParseAsync(await PostFileAsync(client, docx, "комплекс мер.docx"));
        var refused = await HttpClientExtensions.ParseAsync(await PostFileAsync(client, [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0], "план.docx"));

        preview.QuerySelector("[data-testid=import-summary]")!.TextContent.Should().Contain("разделов: 7").And.Contain("мероприятий: 25");
        preview.QuerySelector("#Preview_Title")!.TextContent.Should().StartWith("Комплекс мер по обеспечению объективности");
        refused.QuerySelector("[data-testid=import-errors]")!.TextContent.Should().Contain("программа, а не документ");
        (await Portal.WithDbAsync(db => db.Roadmaps.CountAsync())).Should().Be(0);
    }

    private static Task<HttpResponseMessage> PostFileAsync(HttpClient client, byte[] content, string fileName) =>
        client.PostMultipartAsync("/Roadmaps/Import", [], [new UploadFile("Upload", fileName, content)], "/Roadmaps/Import?handler=Read");
}
