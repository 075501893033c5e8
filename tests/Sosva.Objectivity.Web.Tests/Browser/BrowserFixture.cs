using Microsoft.Playwright;
using Sosva.Objectivity.Web.Tests.Infrastructure;

namespace Sosva.Objectivity.Web.Tests.Browser;

/// <summary>The portal on a loopback port, served to Debian's Chromium driven by Playwright.</summary>
public sealed class BrowserPortal : PortalFactory
{
    public BrowserPortal() : base(kestrel: true) { }
}

/// <summary>
/// One portal (its own PostgreSQL) and one headless Chromium for the browser journeys. The browser is
/// <c>/usr/bin/chromium</c> (installed by <c>./test.sh</c>); Playwright never downloads one.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public BrowserPortal Portal { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Screenshots of the journeys' key pages, for a person to look at: <c>artifacts/screenshots</c> (git-ignored).</summary>
    public string ScreenshotDirectory { get; } = Path.Combine(RepositoryRoot(), "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        File.Exists(ChromiumPath).Should().BeTrue("Chromium must be installed at {0} (./test.sh installs it with apt-get)", ChromiumPath);
        Directory.CreateDirectory(ScreenshotDirectory);
        await Portal.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await Portal.DisposeAsync();
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Sosva.Objectivity.sln"))) return dir.FullName;
        return AppContext.BaseDirectory;
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserTests : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

/// <summary>Base of the browser journeys: a clean database before each test, pages signed in as a role.</summary>
[Collection(BrowserTests.Name)]
public abstract class BrowserTest(BrowserFixture fixture) : IAsyncLifetime
{
    private readonly List<IBrowserContext> _contexts = [];

    protected BrowserFixture Fixture { get; } = fixture;

    protected PortalFactory Portal => Fixture.Portal;

    /// <summary>Console errors and failed requests (≥ 500) of every page: a journey ends with none.</summary>
    protected List<string> PageErrors { get; } = [];

    public Task InitializeAsync() => Portal.ResetAsync();

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts) await context.DisposeAsync();
    }

    /// <summary>A new browser window (own cookies) signed in as an existing user.</summary>
    protected async Task<IPage> SignInAsync(string userName)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.Locator("#Input_UserName").FillAsync(userName);
        await page.Locator("#Input_Password").FillAsync(PortalFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Войти" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
        return page;
    }

    /// <summary>A new browser window, not signed in. Confirmation dialogs are answered «OK», as a person who meant it.</summary>
    protected async Task<IPage> NewPageAsync()
    {
        var context = await Fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Portal.ServerAddress.ToString().TrimEnd('/'),
            Locale = "ru-RU",
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
            AcceptDownloads = true,
        });
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error") PageErrors.Add($"{page.Url}: {message.Text}");
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 500) PageErrors.Add($"{response.Status} {response.Url}");
        };
        return page;
    }

    /// <summary>Saves a full-page screenshot under artifacts/screenshots as <c>{journey}-{name}.png</c>.</summary>
    protected Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(Fixture.ScreenshotDirectory, $"{GetType().Name}-{name}.png"),
            FullPage = true,
        });

    /// <summary>Clicks what starts a download and returns the file's bytes and suggested name.</summary>
    protected static async Task<(byte[] Bytes, string FileName)> DownloadAsync(IPage page, ILocator trigger)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => trigger.ClickAsync());
        var path = await download.PathAsync();
        return (await File.ReadAllBytesAsync(path), download.SuggestedFilename);
    }
}
