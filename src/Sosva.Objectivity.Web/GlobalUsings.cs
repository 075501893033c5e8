// The namespaces nearly every page and service of the portal uses, imported once rather than at the top of ~80 files
// (docs/design.md#11-code-layout-and-conventions).
global using Microsoft.AspNetCore.Authorization;
global using Microsoft.AspNetCore.Mvc;
global using Microsoft.AspNetCore.Mvc.RazorPages;
global using Microsoft.EntityFrameworkCore;
global using Sosva.Objectivity.Web.Data;
global using Sosva.Objectivity.Web.Hosting;
global using Sosva.Objectivity.Web.Security;
