using Npgsql;
using NpgsqlTypes;

namespace Sosva.Objectivity.LoadTest.Scale;

/// <summary>
/// One binary COPY into a table (Npgsql's <see cref="NpgsqlBinaryImporter"/>): rows go to the server as
/// they are written, with no SQL text per row and no change tracker, so millions of rows take seconds.
/// Column names are quoted as EF creates them.
/// </summary>
internal sealed class BulkCopy : IDisposable
{
    private readonly NpgsqlBinaryImporter _writer;

    public BulkCopy(NpgsqlConnection connection, string table, params string[] columns)
    {
        var list = string.Join(", ", columns.Select(c => "\"" + c + "\""));
        _writer = connection.BeginBinaryImport($"COPY \"{table}\" ({list}) FROM STDIN (FORMAT BINARY)");
        // Millions of rows at national scale: the server's share (indexes, constraints) outlasts the connection's
        // 30-second command timeout, which the importer would otherwise apply to each wait, the last one included.
        _writer.Timeout = TimeSpan.FromMinutes(30);
    }

    public long Rows { get; private set; }

    public BulkCopy Row()
    {
        _writer.StartRow();
        Rows++;
        return this;
    }

    public BulkCopy Int(int value)
    {
        _writer.Write(value, NpgsqlDbType.Integer);
        return this;
    }

    public BulkCopy Int(int? value) => value is { } v ? Int(v) : Null();

    public BulkCopy Long(long value)
    {
        _writer.Write(value, NpgsqlDbType.Bigint);
        return this;
    }

    public BulkCopy Bool(bool value)
    {
        _writer.Write(value, NpgsqlDbType.Boolean);
        return this;
    }

    public BulkCopy Text(string? value)
    {
        if (value is null) return Null();
        _writer.Write(value, NpgsqlDbType.Text);
        return this;
    }

    public BulkCopy Date(DateOnly value)
    {
        _writer.Write(value, NpgsqlDbType.Date);
        return this;
    }

    /// <summary>A timestamptz; Npgsql takes only UTC offsets.</summary>
    public BulkCopy Time(DateTimeOffset? value)
    {
        if (value is not { } v) return Null();
        _writer.Write(v.ToUniversalTime(), NpgsqlDbType.TimestampTz);
        return this;
    }

    public BulkCopy Texts(string[] values)
    {
        _writer.Write(values, NpgsqlDbType.Array | NpgsqlDbType.Text);
        return this;
    }

    public BulkCopy Ints(int[] values)
    {
        _writer.Write(values, NpgsqlDbType.Array | NpgsqlDbType.Integer);
        return this;
    }

    public BulkCopy Bytes(byte[] value)
    {
        _writer.Write(value, NpgsqlDbType.Bytea);
        return this;
    }

    public BulkCopy Null()
    {
        _writer.WriteNull();
        return this;
    }

    /// <summary>Commits the COPY; without it (an exception on the way) the server discards the rows.</summary>
    public long Complete()
    {
        _writer.Complete();
        return Rows;
    }

    public void Dispose() => _writer.Dispose();
}
