using System.Text.RegularExpressions;
using Mibg.Storage.Database;

namespace Mibg.Storage;

/// <summary>
/// The PostgreSQL owner/application split (docs/security.md, "PostgreSQL roles"): the owner role creates and
/// migrates the schema; <c>mibg serve</c> connects as an application role that owns nothing and holds only the DML
/// of <see cref="StoreSchema.ApplicationRoleGrants"/>.
/// </summary>
public static partial class ApplicationRole
{
    /// <summary>
    /// Connected as the owner (<paramref name="ownerSpec"/>): creates or migrates the schema, then grants
    /// <paramref name="role"/> exactly the application's privileges (revoking any others it had on the tables).
    /// Run again after each upgrade of mibg (new tables). The role must exist already.
    /// </summary>
    /// <param name="ownerSpec">A PostgreSQL connection string of the owner role.</param>
    /// <param name="role">An existing role: lowercase letters, digits and <c>_</c>, starting with a letter or <c>_</c>.</param>
    /// <param name="options">Audit folder and clock, as for the store.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <exception cref="StudyStoreException">Not PostgreSQL, a malformed role name, a role that does not exist, or the store cannot be opened.</exception>
    public static async Task GrantAsync(string ownerSpec, string role, StoreOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var spec = StoreSpec.Parse(ownerSpec);
        if (spec.Kind != StoreKind.PostgreSql)
            throw new StudyStoreException("an application role exists only for PostgreSQL stores; a SQLite store is protected by its file's owner (docs/security.md)");
        if (role is null || !RoleName().IsMatch(role))
            throw new StudyStoreException($"'{role}' is not a role name mibg accepts: lowercase letters, digits and _, starting with a letter or _, at most 63");
        await using (var store = await StudyStores.OpenAsync(ownerSpec, options with { CreateIfMissing = true }, cancellationToken)) { }
        await using var c = new Npgsql.NpgsqlConnection(spec.Text);
        await c.OpenAsync(cancellationToken);
        await using (var exists = new Npgsql.NpgsqlCommand("SELECT COUNT(*) FROM pg_roles WHERE rolname = @r", c))
        {
            exists.Parameters.AddWithValue("r", role);
            if ((long)(await exists.ExecuteScalarAsync(cancellationToken))! == 0)
                throw new StudyStoreException($"there is no PostgreSQL role '{role}'; create it first: CREATE ROLE {role} LOGIN PASSWORD '…' (docs/security.md)");
        }
        await using var tx = await c.BeginTransactionAsync(cancellationToken);
        await using (var grant = new Npgsql.NpgsqlCommand(StoreSchema.ApplicationRoleGrants($"\"{role}\""), c, tx))
        {
            try
            {
                await grant.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (Npgsql.PostgresException e) when (e.SqlState == "42501")
            {
                throw new StudyStoreException($"the connecting role may not grant on these tables ({e.MessageText}); connect as the role that owns them", e);
            }
        }
        await tx.CommitAsync(cancellationToken);
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex RoleName();
}
