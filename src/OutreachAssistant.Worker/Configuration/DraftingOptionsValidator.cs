using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OutreachAssistant.Core.Drafting;
using OutreachAssistant.Worker.FollowUps;

namespace OutreachAssistant.Worker.Configuration;

/// <summary>Loads the draft templates once at start, so a missing folder or a broken template stops the service, not a draft.</summary>
public sealed class DraftingOptionsValidator(IHostEnvironment environment) : IValidateOptions<DraftingOptions>
{
    public ValidateOptionsResult Validate(string? name, DraftingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var categories = new (string Key, string Value)[]
        {
            ("Category", options.Category),
            ("KeepInTouchCategory", options.KeepInTouchCategory),
            ("StaleCategory", options.StaleCategory),
            ("SupersededCategory", options.SupersededCategory),
        };
        if (categories.FirstOrDefault(c => string.IsNullOrWhiteSpace(c.Value)) is { Key: not null } blank)
        {
            return ValidateOptionsResult.Fail($"{DraftingOptions.SectionName}:{blank.Key} must name an Outlook category (it was empty).");
        }

        try
        {
            DraftTemplateFolder.Load(DraftTemplateFolder.Resolve(options.TemplateDirectory, environment.ContentRootPath));
            return ValidateOptionsResult.Success;
        }
        catch (DraftTemplateException ex)
        {
            return ValidateOptionsResult.Fail(ex.Message);
        }
        catch (IOException ex)
        {
            return ValidateOptionsResult.Fail($"{DraftTemplateFolder.Key}: {ex.Message.ReplaceLineEndings(" ")}");
        }
        catch (UnauthorizedAccessException ex)
        {
            return ValidateOptionsResult.Fail($"{DraftTemplateFolder.Key}: {ex.Message.ReplaceLineEndings(" ")}");
        }
    }
}
