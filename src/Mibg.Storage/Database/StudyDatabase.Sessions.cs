using System.Security.Cryptography;
using System.Text;
using Dapper;
using Mibg.Storage.Audit;
using Mibg.Storage.Workstation;

namespace Mibg.Storage.Database;

internal sealed partial class StudyDatabase
{
    /// <inheritdoc />
    public async Task<string> CreateSessionAsync(string account, TimeSpan absoluteLifetime, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(absoluteLifetime, TimeSpan.Zero);
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = _clock.GetUtcNow();
        await using var c = await _dialect.OpenAsync(cancellationToken);
        // Only for an enabled account: INSERT … SELECT makes the check and the insert one statement.
        var inserted = await c.ExecuteAsync(new CommandDefinition(
            "INSERT INTO sessions (token_hash, account, created_at, last_seen_at, expires_at, revoked_at) " +
            "SELECT @hash, name, @now, @now, @expires, NULL FROM workstation_users WHERE name = @account AND disabled = 0",
            new { hash = TokenHash(token), account, now = AuditChain.FormatTime(now), expires = AuditChain.FormatTime(now + absoluteLifetime) },
            cancellationToken: cancellationToken));
        if (inserted != 1) throw new WorkstationStoreException($"account '{account}' does not exist or is disabled");
        return token;
    }

    /// <inheritdoc />
    public async Task<SessionRecord?> TouchSessionAsync(string token, TimeSpan idleTimeout, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(token)) return null;
        var now = _clock.GetUtcNow();
        var nowText = AuditChain.FormatTime(now);
        await using var c = await _dialect.OpenAsync(cancellationToken);
        // One conditional update: live, not expired, not idle too long, account enabled. Text times in one format compare in time order.
        var touched = await c.ExecuteAsync(new CommandDefinition(
            "UPDATE sessions SET last_seen_at = @now WHERE token_hash = @hash AND revoked_at IS NULL AND expires_at > @now " +
            "AND last_seen_at >= @idleSince AND EXISTS (SELECT 1 FROM workstation_users u WHERE u.name = sessions.account AND u.disabled = 0)",
            new { hash = TokenHash(token), now = nowText, idleSince = AuditChain.FormatTime(now - idleTimeout) }, cancellationToken: cancellationToken));
        if (touched != 1) return null;
        var row = await c.QuerySingleAsync<(string Account, string CreatedAt, string LastSeenAt, string ExpiresAt)>(new CommandDefinition(
            "SELECT account, created_at, last_seen_at, expires_at FROM sessions WHERE token_hash = @hash", new { hash = TokenHash(token) }, cancellationToken: cancellationToken));
        return new SessionRecord(row.Account, AuditChain.ParseTime(row.CreatedAt), AuditChain.ParseTime(row.LastSeenAt), AuditChain.ParseTime(row.ExpiresAt));
    }

    /// <inheritdoc />
    public Task<bool> RevokeSessionAsync(string token, string actor, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(token)) return Task.FromResult(false);
        return WriteIfAsync(async unit =>
        {
            var account = (await unit.QueryAsync<string>("SELECT account FROM sessions WHERE token_hash = @hash AND revoked_at IS NULL", new { hash = TokenHash(token) })).SingleOrDefault();
            if (account is null) return false;
            await unit.ExecuteAsync("UPDATE sessions SET revoked_at = @now WHERE token_hash = @hash", new { hash = TokenHash(token), now = Now(_clock) });
            await unit.AuditAsync(new AuditRecord(actor, AuditActions.Logout, account));
            return true;
        }, revoked => revoked, cancellationToken);
    }

    private Task RevokeAllInAsync(WriteUnit unit, string account) =>
        unit.ExecuteAsync("UPDATE sessions SET revoked_at = @now WHERE account = @account AND revoked_at IS NULL", new { account, now = Now(_clock) });

    private static string TokenHash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
