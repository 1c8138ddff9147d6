namespace Mibg.Statistics.Internal;

/// <summary>
/// The rank R's <c>qr()</c> reports for a matrix (LINPACK <c>dqrdc2</c>, tolerance 1e-7): Householder QR with
/// limited column pivoting, where a column whose remaining norm falls below 1e-7 × its original norm is moved to the
/// end and not counted. Used where R decides "singular or not" with <c>qr(x)$rank</c>.
/// </summary>
internal static class QrRank
{
    /// <summary>Rank of the n×p row-major <paramref name="matrix"/> (not modified).</summary>
    public static int Of(double[] matrix, int n, int p, double tolerance = 1e-7)
    {
        // Column-major working copy, as LINPACK.
        var x = new double[n * p];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < p; j++) x[j * n + i] = matrix[i * p + j];
        var qraux = new double[p];
        var work1 = new double[p];
        var work2 = new double[p];
        for (var j = 0; j < p; j++)
        {
            qraux[j] = Norm(x, j * n, n);
            work1[j] = qraux[j];
            work2[j] = qraux[j] == 0 ? 1.0 : qraux[j];
        }
        var lup = Math.Min(n, p);
        var k = p + 1; // 1-based as in dqrdc2
        for (var l = 1; l <= lup; l++)
        {
            while (l < k && qraux[l - 1] < work2[l - 1] * tolerance)
            {
                // Move the negligible column l to the end.
                var lp1 = l + 1;
                var col = new double[n];
                Array.Copy(x, (l - 1) * n, col, 0, n);
                double t = qraux[l - 1], tt = work1[l - 1], ttt = work2[l - 1];
                for (var j = lp1; j <= p; j++)
                {
                    Array.Copy(x, (j - 1) * n, x, (j - 2) * n, n);
                    qraux[j - 2] = qraux[j - 1];
                    work1[j - 2] = work1[j - 1];
                    work2[j - 2] = work2[j - 1];
                }
                Array.Copy(col, 0, x, (p - 1) * n, n);
                qraux[p - 1] = t;
                work1[p - 1] = tt;
                work2[p - 1] = ttt;
                k--;
            }
            if (l == n) break;
            var lo = (l - 1) * n + (l - 1);
            var nrmxl = Norm(x, lo, n - l + 1);
            if (nrmxl == 0) continue;
            if (x[lo] != 0) nrmxl = Math.CopySign(nrmxl, x[lo]);
            for (var i = 0; i < n - l + 1; i++) x[lo + i] /= nrmxl;
            x[lo] += 1;
            for (var j = l + 1; j <= p; j++)
            {
                var cj = (j - 1) * n + (l - 1);
                double dot = 0;
                for (var i = 0; i < n - l + 1; i++) dot += x[lo + i] * x[cj + i];
                var t = -dot / x[lo];
                for (var i = 0; i < n - l + 1; i++) x[cj + i] += t * x[lo + i];
                if (qraux[j - 1] == 0) continue;
                var tt = 1 - Math.Pow(Math.Abs(x[cj]) / qraux[j - 1], 2);
                tt = Math.Max(tt, 0);
                if (Math.Abs(tt) < 1e-6)
                {
                    qraux[j - 1] = Norm(x, cj + 1, n - l);
                    work1[j - 1] = qraux[j - 1];
                }
                else qraux[j - 1] *= Math.Sqrt(tt);
            }
            qraux[l - 1] = x[lo];
            x[lo] = -nrmxl;
        }
        return Math.Min(k - 1, n);
    }

    private static double Norm(double[] x, int offset, int length)
    {
        double s = 0;
        for (var i = 0; i < length; i++) s += x[offset + i] * x[offset + i];
        return Math.Sqrt(s);
    }
}
