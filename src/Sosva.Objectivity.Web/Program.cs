using Sosva.Objectivity.Web.Cli;
using Sosva.Objectivity.Web.Data.Seeding;

// `dotnet Sosva.Objectivity.Web.dll VERB …` runs a command (docs/design.md#8-command-line), an unknown VERB
// is refused; no arguments, or only the host's configuration switches (`--urls=…`), serve the portal.
if (CommandLine.IsCommand(args))
    return await CommandLine.RunAsync(args);

var builder = WebApplication.CreateBuilder(args);
builder.AddPortal();
var app = builder.Build();
app.UsePortal();
await DatabaseInitializer.PrepareForDemoAsync(app.Services);
await app.RunAsync();
return 0;

/// <summary>Entry point; public for WebApplicationFactory in the integration tests.</summary>
public partial class Program;
