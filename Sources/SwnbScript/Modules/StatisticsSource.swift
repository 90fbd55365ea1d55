/// MatrixScript source of the `statistics` module (CPython 3.11 behaviour and messages). The
/// exact averages go through `_exact` (`Runtime.statisticsExact`); the rest follows CPython's
/// definitions over MatrixScript's own arithmetic.
extension Runtime {
  static let statisticsSource = #"""
def __swnb_statistics(_exact, len=len, list=list, sorted=sorted, range=range, zip=zip, map=map,
                      divmod=divmod, max=max, ValueError=ValueError):
    from math import fsum, sqrt, exp, log
    from collections import Counter, namedtuple

    class StatisticsError(ValueError):
        pass

    def mean(data):
        result = _exact(list(data), 0, False, False)
        if result is None:
            raise StatisticsError('mean requires at least one data point')
        return result

    def fmean(data, weights=None):
        data = list(data)
        n = len(data)
        if weights is None:
            total = fsum(data)
            if not n:
                raise StatisticsError('fmean requires at least one data point')
            return total / n
        weights = list(weights)
        num = fsum([x * w for x, w in zip(data, weights)])
        if n != len(weights):
            raise StatisticsError('data and weights must be the same length')
        den = fsum(weights)
        if not den:
            raise StatisticsError('sum of weights must be non-zero')
        return num / den

    def geometric_mean(data):
        try:
            return exp(fmean(map(log, data)))
        except ValueError:
            raise StatisticsError('geometric mean requires a non-empty dataset '
                                  'containing positive numbers') from None

    def harmonic_mean(data, weights=None):
        if weights is not None:
            raise TypeError("MatrixScript's harmonic_mean takes no weights")
        data = list(data)
        n = len(data)
        if n < 1:
            raise StatisticsError('harmonic_mean requires at least one data point')
        for x in data:
            if x < 0:
                raise StatisticsError('harmonic mean does not support negative values')
        if n == 1:
            return data[0]
        try:
            return _exact([1 / x for x in data], 0, False, False, True)
        except ZeroDivisionError:
            return 0

    def _sorted_for_median(data):
        data = sorted(data)
        if not data:
            raise StatisticsError('no median for empty data')
        return data, len(data)

    def median(data):
        data, n = _sorted_for_median(data)
        if n % 2 == 1:
            return data[n // 2]
        i = n // 2
        return (data[i - 1] + data[i]) / 2

    def median_low(data):
        data, n = _sorted_for_median(data)
        if n % 2 == 1:
            return data[n // 2]
        return data[n // 2 - 1]

    def median_high(data):
        data, n = _sorted_for_median(data)
        return data[n // 2]

    def mode(data):
        pairs = Counter(data).most_common(1)
        if not pairs:
            raise StatisticsError('no mode for empty data')
        return pairs[0][0]

    def multimode(data):
        counts = Counter(data)
        if not counts:
            return []
        top = max(counts.values())
        return [value for value, count in counts.items() if count == top]

    def quantiles(data, *, n=4, method='exclusive'):
        if n < 1:
            raise StatisticsError('n must be at least 1')
        data = sorted(data)
        ld = len(data)
        if ld < 2:
            raise StatisticsError('must have at least two data points')
        result = []
        if method == 'inclusive':
            m = ld - 1
            for i in range(1, n):
                j, delta = divmod(i * m, n)
                result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
            return result
        if method == 'exclusive':
            m = ld + 1
            for i in range(1, n):
                j = i * m // n
                j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
                delta = i * m - j * n
                result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
            return result
        raise ValueError(f'Unknown method: {method!r}')

    # The spread of the data: squared deviations summed exactly, divided by n - ddof.
    def _spread(data, centre, ddof, root, name, need):
        data = list(data)
        if centre is None:
            result = _exact(data, ddof, True, root)
        else:
            result = _exact([(x - centre) * (x - centre) for x in data], ddof, False, root)
        if result is None:
            raise StatisticsError(name + ' requires at least ' + need)
        return result

    def variance(data, xbar=None):
        return _spread(data, xbar, 1, False, 'variance', 'two data points')

    def pvariance(data, mu=None):
        return _spread(data, mu, 0, False, 'pvariance', 'one data point')

    def stdev(data, xbar=None):
        return _spread(data, xbar, 1, True, 'stdev', 'two data points')

    def pstdev(data, mu=None):
        return _spread(data, mu, 0, True, 'pstdev', 'one data point')

    def _paired(x, y, name):
        n = len(x)
        if len(y) != n:
            raise StatisticsError(name + ' requires that both inputs have same number of data points')
        if n < 2:
            raise StatisticsError(name + ' requires at least two data points')
        return n

    def covariance(x, y):
        n = _paired(x, y, 'covariance')
        xbar = fsum(x) / n
        ybar = fsum(y) / n
        return fsum([(xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)]) / (n - 1)

    def correlation(x, y):
        n = _paired(x, y, 'correlation')
        xbar = fsum(x) / n
        ybar = fsum(y) / n
        sxy = fsum([(xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)])
        sxx = fsum([(xi - xbar) * (xi - xbar) for xi in x])
        syy = fsum([(yi - ybar) * (yi - ybar) for yi in y])
        try:
            return sxy / sqrt(sxx * syy)
        except ZeroDivisionError:
            raise StatisticsError('at least one of the inputs is constant')

    LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))

    def linear_regression(x, y, *, proportional=False):
        n = _paired(x, y, 'linear regression')
        if proportional:
            sxy = fsum([xi * yi for xi, yi in zip(x, y)])
            sxx = fsum([xi * xi for xi in x])
        else:
            xbar = fsum(x) / n
            ybar = fsum(y) / n
            sxy = fsum([(xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)])
            sxx = fsum([(xi - xbar) * (xi - xbar) for xi in x])
        try:
            slope = sxy / sxx
        except ZeroDivisionError:
            raise StatisticsError('x is constant')
        intercept = 0.0 if proportional else ybar - slope * xbar
        return LinearRegression(slope=slope, intercept=intercept)

    return {'StatisticsError': StatisticsError, 'mean': mean, 'fmean': fmean, 'geometric_mean': geometric_mean,
            'harmonic_mean': harmonic_mean,
            'median': median, 'median_low': median_low, 'median_high': median_high, 'mode': mode,
            'multimode': multimode, 'quantiles': quantiles, 'variance': variance, 'pvariance': pvariance,
            'stdev': stdev, 'pstdev': pstdev, 'covariance': covariance, 'correlation': correlation,
            'LinearRegression': LinearRegression, 'linear_regression': linear_regression}
"""#
}
