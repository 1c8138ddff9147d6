namespace Mibg.Statistics.Regression.Internal;

/// <summary>
/// LDL′ (square-root-free Cholesky) decomposition of a symmetric non-negative definite matrix with the rank
/// rule of R survival's <c>cholesky2</c>: a pivot below <c>tolerance × max(diagonal)</c> is set to zero and its
/// column treated as redundant; solves and inverts on the non-redundant columns.
/// </summary>
internal sealed class SymmetricSolver
{
    private readonly double[] _ld;
    private readonly int _n;

    /// <summary>Decomposes the p×p row-major symmetric <paramref name="matrix"/> (not modified).</summary>
    public SymmetricSolver(double[] matrix, int n, double tolerance)
    {
        _n = n;
        _ld = (double[])matrix.Clone();
        var a = _ld;
        double largest = 0;
        for (var i = 0; i < n; i++) largest = Math.Max(largest, a[i * n + i]);
        var eps = largest == 0 ? tolerance : largest * tolerance;
        var rank = 0;
        for (var i = 0; i < n; i++)
        {
            var pivot = a[i * n + i];
            if (!double.IsFinite(pivot) || pivot < eps)
            {
                a[i * n + i] = 0;
                for (var j = i + 1; j < n; j++) a[j * n + i] = 0;
                continue;
            }
            rank++;
            for (var j = i + 1; j < n; j++)
            {
                var l = a[j * n + i] / pivot;
                a[j * n + i] = l;
                a[j * n + j] -= l * l * pivot;
                for (var k = j + 1; k < n; k++) a[k * n + j] -= l * a[k * n + i];
            }
        }
        Rank = rank;
    }

    /// <summary>Number of non-redundant columns.</summary>
    public int Rank { get; }

    /// <summary>Whether column <paramref name="i"/> was found redundant (zero pivot).</summary>
    public bool IsRedundant(int i) => _ld[i * _n + i] == 0;

    /// <summary>Solves M z = y in place (redundant columns get 0).</summary>
    public void Solve(double[] y)
    {
        var n = _n;
        var a = _ld;
        for (var i = 0; i < n; i++)
            for (var j = 0; j < i; j++) y[i] -= a[i * n + j] * y[j];
        for (var i = n - 1; i >= 0; i--)
        {
            var d = a[i * n + i];
            if (d == 0)
            {
                y[i] = 0;
                continue;
            }
            y[i] /= d;
            for (var j = i + 1; j < n; j++) y[i] -= a[j * n + i] * y[j];
        }
    }

    /// <summary>M⁻¹ (generalized: zero rows and columns for redundant columns), row-major.</summary>
    public double[] Inverse()
    {
        var n = _n;
        var inverse = new double[n * n];
        var e = new double[n];
        for (var c = 0; c < n; c++)
        {
            Array.Clear(e);
            e[c] = 1;
            Solve(e);
            for (var r = 0; r < n; r++) inverse[r * n + c] = e[r];
        }
        for (var i = 0; i < n; i++)
        {
            if (!IsRedundant(i)) continue;
            for (var j = 0; j < n; j++) inverse[i * n + j] = inverse[j * n + i] = 0;
        }
        return inverse;
    }

    /// <summary>y′ M⁻¹ y.</summary>
    public double QuadraticForm(double[] y)
    {
        var z = (double[])y.Clone();
        Solve(z);
        double sum = 0;
        for (var i = 0; i < _n; i++) sum += y[i] * z[i];
        return sum;
    }
}
