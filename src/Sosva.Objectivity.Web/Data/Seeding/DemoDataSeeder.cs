using Microsoft.AspNetCore.Identity;
using Sosva.Objectivity.Domain.Schools;
using Sosva.Objectivity.Web.Users;

namespace Sosva.Objectivity.Web.Data.Seeding;

/// <summary>
/// Demo data of one municipality (Сосьвинский городской округ): schools, one account per role,
/// the roadmaps of the seed documents. Idempotent: what exists is left as it is.
/// Runs only in demo mode (run.sh) or through `seed-demo`.
/// </summary>
public sealed class DemoDataSeeder(
    AppDbContext db, UserManager<AppUser> users, UserAdministration admin, DemoRoadmapLoader roadmaps, ILogger<DemoDataSeeder> log)
{
    /// <summary>The one password of every demo account (README). Demo mode only.</summary>
    public const string DemoPassword = "Demo123!";

    private static readonly (string FullName, string ShortName, string Address, string Principal, bool Rural, bool Small)[] DemoSchools =
    [
        ("Муниципальное автономное общеобразовательное учреждение средняя общеобразовательная школа № 1 р.п. Сосьва",
            "МАОУ СОШ № 1 р.п. Сосьва", "624971, Свердловская обл., р.п. Сосьва, ул. Школьная, 1", "Иванова Светлана Николаевна", false, false),
        ("Муниципальное казённое общеобразовательное учреждение средняя общеобразовательная школа № 2 р.п. Сосьва",
            "МКОУ СОШ № 2 р.п. Сосьва", "624971, Свердловская обл., р.п. Сосьва, ул. Толмачёва, 27", "Петров Андрей Викторович", false, false),
        ("Муниципальное казённое общеобразовательное учреждение средняя общеобразовательная школа п. Восточный",
            "МКОУ СОШ п. Восточный", "624960, Свердловская обл., Серовский р-н, п. Восточный, ул. Заводская, 9", "Кузнецова Елена Петровна", true, false),
        ("Муниципальное казённое общеобразовательное учреждение средняя общеобразовательная школа с. Кошай",
            "МКОУ СОШ с. Кошай", "624983, Свердловская обл., с. Кошай, ул. Центральная, 15", "Смирнова Ольга Ивановна", true, true),
        ("Муниципальное казённое общеобразовательное учреждение средняя общеобразовательная школа с. Романово",
            "МКОУ СОШ с. Романово", "624982, Свердловская обл., с. Романово, ул. Советская, 22", "Волков Сергей Александрович", true, true),
        ("Муниципальное казённое общеобразовательное учреждение основная общеобразовательная школа с. Денисово",
            "МКОУ ООШ с. Денисово", "624975, Свердловская обл., с. Денисово, ул. Ленина, 3", "Морозова Татьяна Васильевна", true, true),
        ("Муниципальное казённое общеобразовательное учреждение средняя общеобразовательная школа с. Маслово",
            "МКОУ СОШ с. Маслово", "624977, Свердловская обл., с. Маслово, ул. Школьная, 5", "Лебедева Наталья Сергеевна", true, true),
        ("Муниципальное казённое общеобразовательное учреждение основная общеобразовательная школа п. Пасынок",
            "МКОУ ООШ п. Пасынок", "624978, Свердловская обл., п. Пасынок, ул. Лесная, 2", "Соколов Дмитрий Юрьевич", true, true),
        ("Муниципальное казённое общеобразовательное учреждение средняя общеобразовательная школа с. Тренькино",
            "МКОУ СОШ с. Тренькино", "624984, Свердловская обл., с. Тренькино, ул. Мира, 11", "Попова Ирина Владимировна", true, true),
        ("Муниципальное казённое общеобразовательное учреждение основная общеобразовательная школа с. Кондратьево",
            "МКОУ ООШ с. Кондратьево", "624976, Свердловская обл., с. Кондратьево, ул. Набережная, 7", "Новикова Галина Михайловна", true, true),
        ("Муниципальное казённое общеобразовательное учреждение средняя общеобразовательная школа с. Матвеево",
            "МКОУ СОШ с. Матвеево", "624979, Свердловская обл., с. Матвеево, ул. Садовая, 4", "Фёдоров Алексей Николаевич", true, true),
        ("Муниципальное казённое общеобразовательное учреждение вечерняя (сменная) общеобразовательная школа р.п. Сосьва",
            "МКОУ В(С)ОШ р.п. Сосьва", "624971, Свердловская обл., р.п. Сосьва, ул. Балдина, 45", "Егорова Марина Алексеевна", false, true),
    ];

    public sealed record Summary(int Schools, int Users, int Roadmaps);

    public async Task<Summary> SeedAsync(CancellationToken ct = default)
    {
        var existing = await db.Schools.Select(s => s.ShortName).ToListAsync(ct);
        foreach (var s in DemoSchools.Where(s => !existing.Contains(s.ShortName)))
        {
            db.Schools.Add(new School
            {
                FullName = s.FullName, ShortName = s.ShortName, Address = s.Address, PrincipalName = s.Principal,
                IsRural = s.Rural, IsSmall = s.Small,
            });
        }
        await db.SaveChangesAsync(ct);

        var school1 = await SchoolIdAsync(DemoSchools[0].ShortName, ct);
        var school2 = await SchoolIdAsync(DemoSchools[1].ShortName, ct);
        await EnsureUserAsync("admin", "Администратор портала", Roles.Administrator, null);
        await EnsureUserAsync("specialist", "Спицина Анна Валерьевна", Roles.Specialist, null);
        await EnsureUserAsync("methodologist", "Михайлюк Елена Ивановна", Roles.Methodologist, null);
        await EnsureUserAsync("principal", DemoSchools[0].Principal, Roles.Principal, school1);
        await EnsureUserAsync("principal2", DemoSchools[1].Principal, Roles.Principal, school2);

        await roadmaps.LoadAsync(school1, ct);

        return new Summary(await db.Schools.CountAsync(ct), await db.Users.CountAsync(ct), await db.Roadmaps.CountAsync(ct));
    }

    private async Task<int> SchoolIdAsync(string shortName, CancellationToken ct) =>
        await db.Schools.Where(s => s.ShortName == shortName).Select(s => s.Id).SingleAsync(ct);

    private async Task EnsureUserAsync(string userName, string fullName, string role, int? schoolId)
    {
        if (await users.FindByNameAsync(userName) is not null) return;
        var outcome = await admin.CreateAsync(userName, fullName, role, schoolId, DemoPassword);
        if (!outcome.Succeeded)
            throw new InvalidOperationException($"Demo user {userName}: {string.Join("; ", outcome.Errors.Select(e => e.Value))}");
        log.LogInformation("Demo user {UserName} ({Role}) created", userName, role);
    }
}
