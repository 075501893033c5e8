using Microsoft.AspNetCore.Mvc.Rendering;
using Sosva.Objectivity.Web.Users;

namespace Sosva.Objectivity.Web.Pages.Admin.Users;

public class CreateModel(AppDbContext db, UserAdministration admin) : PageModel
{
    [BindProperty] public UserCreateForm Input { get; set; } = new();
    [TempData] public string? StatusMessage { get; set; }
    public List<SelectListItem> Schools { get; private set; } = [];

    public async Task OnGetAsync() => Schools = await UserFormLists.SchoolItemsAsync(db);

    public async Task<IActionResult> OnPostAsync()
    {
        Schools = await UserFormLists.SchoolItemsAsync(db);
        if (!ModelState.IsValid) return Page();
        var outcome = await admin.CreateAsync(Input.UserName, Input.FullName, Input.Role, Input.SchoolId, Input.Password);
        if (!outcome.Succeeded)
        {
            outcome.CopyTo(ModelState, nameof(Input));
            return Page();
        }
        StatusMessage = $"Пользователь «{Input.UserName}» создан.";
        return RedirectToPage("/Admin/Users/Index");
    }
}
