using Sosva.Objectivity.Domain.Roadmaps.Import;
using Sosva.Objectivity.Web.Data.Configurations;

namespace Sosva.Objectivity.Web.Roadmaps;

/// <summary>A refusal of an import, in Russian, shown to the person as it is.</summary>
public sealed class RoadmapImportException(string message) : Exception(message);

/// <summary>Reads what the import page was given: a file or pasted text.</summary>
public sealed class RoadmapImport(Importing.RoadmapFileReader reader)
{
    /// <summary>The upload limit of the page (the reader's own limit is 10 MB; this leaves room for the form).</summary>
    public const long MaxRequestBytes = 12 * 1024 * 1024;

    public const int MaxPastedChars = 2_000_000;

    public Task<InterpretedRoadmap> ReadAsync(IFormFile? upload, string? pastedText)
    {
        // A chosen file that is empty is refused as such; a form sent with no file chosen has no name.
        if (upload is not null && (upload.Length > 0 || !string.IsNullOrEmpty(upload.FileName)))
        {
            try
            {
                // The reader tells formats apart by content, checks sizes and refuses damaged files.
                using var stream = upload.OpenReadStream();
                return Task.FromResult(Checked(reader.Read(stream, upload.FileName)));
            }
            catch (Importing.ImportException e)
            {
                throw new RoadmapImportException(e.Message);
            }
        }
        if (string.IsNullOrWhiteSpace(pastedText))
            throw new RoadmapImportException("Выберите файл или вставьте таблицу (скопируйте её из Word или Excel).");
        if (pastedText.Length > MaxPastedChars)
            throw new RoadmapImportException("Вставленный текст слишком велик (больше 2 млн знаков).");
        try
        {
            reader.TableRows(pastedText);
        }
        catch (Importing.ImportException e)
        {
            throw new RoadmapImportException(e.Message);
        }
        var read = PlainTextRoadmap.Read(pastedText);
        if (read.Table.Sections.Sum(s => s.Measures.Count) == 0)
            throw new RoadmapImportException("В тексте не найдена таблица мероприятий: нужна строка заголовков с графами «Мероприятия», «Сроки», «Ответственные» и строки под ней, разделённые табуляцией (так их копирует Word и Excel).");
        return Task.FromResult(Checked(read));
    }

    /// <summary>
    /// The reading, refused when a text is longer than its column (Data/Configurations): the preview would show it
    /// and the confirmation fail in the database (500). Titles and numbers of measures have no such limit.
    /// </summary>
    private static InterpretedRoadmap Checked(InterpretedRoadmap read)
    {
        var problems = new List<string>();
        foreach (var section in read.Table.Sections)
        {
            if (section.Title.Length > SectionConfiguration.TitleLength)
                problems.Add($"название раздела «{Clip(section.Title)}» длиннее {SectionConfiguration.TitleLength} знаков");
            foreach (var measure in section.Measures.Where(m => m.DocumentType?.Length > MeasureConfiguration.DocumentTypeLength))
                problems.Add($"вид документа мероприятия «{Clip(measure.Title)}» длиннее {MeasureConfiguration.DocumentTypeLength} знаков");
        }
        if (problems.Count == 0) return read;
        throw new RoadmapImportException("В таблице слишком длинный текст: " + string.Join("; ", problems.Take(5))
                                         + (problems.Count > 5 ? $" и ещё {problems.Count - 5}" : "") + ". Сократите его и загрузите таблицу снова.");
    }

    private static string Clip(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 60).TrimEnd(), "…");

    /// <summary>
    /// The title a draft gets from its file when the document names none: the file's own name, cleaned as
    /// the messages show it, without the extension, within a file name's 255 characters; null for no name.
    /// </summary>
    public static string? TitleFromFileName(string? fileName)
    {
        var name = Path.GetFileNameWithoutExtension(Importing.ImportMessages.FileName(fileName)).Trim();
        if (name.Length > 255)
            name = name[..(char.IsHighSurrogate(name[254]) ? 254 : 255)];
        return name.Length == 0 ? null : name;
    }
}
