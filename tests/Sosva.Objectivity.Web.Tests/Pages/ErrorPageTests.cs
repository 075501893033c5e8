using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Sosva.Objectivity.Web.Hosting;

namespace Sosva.Objectivity.Web.Tests.Pages;

/// <summary>
/// Which failures the error page calls a database outage (503, «повторите попытку через несколько минут»). Found
/// when a too-long evidence file name reached PostgreSQL: the principal was told the database was down.
/// </summary>
public class ErrorPageTests
{
    [Fact]
    public void A_statement_postgresql_refused_is_an_error_of_the_portal_not_an_outage()
    {
        var tooLong = new DbUpdateException("An error occurred while saving the entity changes.",
            new PostgresException("value too long for type character varying(255)", "ERROR", "ERROR", "22001"));

        DatabaseOutage.IsOutage(tooLong).Should().BeFalse();
        DatabaseOutage.IsOutage(new PostgresException("duplicate key value", "ERROR", "ERROR", "23505")).Should().BeFalse();
    }

    [Fact]
    public void A_lost_connection_a_timeout_or_a_server_refusing_connections_is_an_outage()
    {
        DatabaseOutage.IsOutage(new NpgsqlException("Failed to connect to 127.0.0.1:5432",
            new SocketException((int)SocketError.ConnectionRefused))).Should().BeTrue();
        DatabaseOutage.IsOutage(new InvalidOperationException("Query failed", new TimeoutException())).Should().BeTrue();
        DatabaseOutage.IsOutage(new PostgresException("the database system is starting up", "FATAL", "FATAL", "57P03")).Should().BeTrue();
        DatabaseOutage.IsOutage(new PostgresException("sorry, too many clients already", "FATAL", "FATAL", "53300")).Should().BeTrue();
    }
}
