namespace TthcEngine.Domain.WorkingTime;

/// <summary>
/// The Vietnamese lunisolar calendar (âm lịch), computed for UTC+07:00. It differs from the Chinese calendar (UTC+08:00)
/// in some years: Tết 2007 fell on 17 February in Vietnam and 18 February in China. Used to forecast Tết and Hùng Kings'
/// day for years whose official schedule is not yet published.
/// </summary>
/// <remarks>
/// Astronomical algorithm of Hồ Ngọc Đức ("Âm lịch Việt Nam", after Jean Meeus, Astronomical Algorithms, 1998): a month
/// begins on the day of the new moon; month 11 holds the winter solstice; in a year of 13 months the leap month is the
/// first one without a major solar term. Valid for 1800-2199, far beyond what offices need.
/// </remarks>
public static class VietnameseLunarCalendar
{
    private const double TimeZoneHours = 7.0;
    private const double SynodicMonth = 29.530588853;
    private const double NewMoonEpoch = 2415021.076998695;

    /// <summary>The solar date of a lunar date.</summary>
    public static DateOnly ToSolar(LunarDate lunar)
    {
        var (a11, b11) = lunar.Month < 11
            ? (LunarMonth11(lunar.Year - 1), LunarMonth11(lunar.Year))
            : (LunarMonth11(lunar.Year), LunarMonth11(lunar.Year + 1));
        var k = (int)Math.Floor(0.5 + ((a11 - NewMoonEpoch) / SynodicMonth));
        var offset = lunar.Month - 11;
        if (offset < 0)
        {
            offset += 12;
        }

        if (b11 - a11 > 365)
        {
            var leapOffset = LeapMonthOffset(a11);
            var leapMonth = leapOffset - 2;
            if (leapMonth < 0)
            {
                leapMonth += 12;
            }

            if (lunar.IsLeapMonth && lunar.Month != leapMonth)
            {
                throw new DomainRuleException("lunar.no-leap-month", $"Lunar year {lunar.Year} has no leap month {lunar.Month}.");
            }

            if (lunar.IsLeapMonth || offset >= leapOffset)
            {
                offset++;
            }
        }
        else if (lunar.IsLeapMonth)
        {
            throw new DomainRuleException("lunar.no-leap-month", $"Lunar year {lunar.Year} has no leap month.");
        }

        return FromJulianDay(NewMoonDay(k + offset) + lunar.Day - 1);
    }

    /// <summary>The lunar date of a solar date.</summary>
    public static LunarDate FromSolar(DateOnly date)
    {
        var dayNumber = JulianDay(date);
        var k = (int)Math.Floor((dayNumber - NewMoonEpoch) / SynodicMonth);
        var monthStart = NewMoonDay(k + 1);
        if (monthStart > dayNumber)
        {
            monthStart = NewMoonDay(k);
        }

        var a11 = LunarMonth11(date.Year);
        var b11 = a11;
        int lunarYear;
        if (a11 >= monthStart)
        {
            lunarYear = date.Year;
            a11 = LunarMonth11(date.Year - 1);
        }
        else
        {
            lunarYear = date.Year + 1;
            b11 = LunarMonth11(date.Year + 1);
        }

        var day = dayNumber - monthStart + 1;
        var diff = (monthStart - a11) / 29;
        var leap = false;
        var month = diff + 11;
        if (b11 - a11 > 365)
        {
            var leapDiff = LeapMonthOffset(a11);
            if (diff >= leapDiff)
            {
                month = diff + 10;
                leap = diff == leapDiff;
            }
        }

        if (month > 12)
        {
            month -= 12;
        }

        if (month >= 11 && diff < 4)
        {
            lunarYear--;
        }

        return new LunarDate(lunarYear, month, day, leap);
    }

    /// <summary>Mùng 1 Tết: the first day of lunar year <paramref name="year"/>.</summary>
    public static DateOnly NewYear(int year) => ToSolar(new LunarDate(year, 1, 1));

    private static int JulianDay(DateOnly date) => date.DayNumber + 1721426;

    private static DateOnly FromJulianDay(int julianDay) => DateOnly.FromDayNumber(julianDay - 1721426);

    /// <summary>The day (Julian day number, local) of the k-th new moon after 1 January 1900.</summary>
    private static int NewMoonDay(int k)
    {
        var t = k / 1236.85;
        var t2 = t * t;
        var t3 = t2 * t;
        const double dr = Math.PI / 180;
        var jd1 = 2415020.75933 + (29.53058868 * k) + (0.0001178 * t2) - (0.000000155 * t3);
        jd1 += 0.00033 * Math.Sin(((166.56 + (132.87 * t)) - (0.009173 * t2)) * dr);
        var m = 359.2242 + (29.10535608 * k) - (0.0000333 * t2) - (0.00000347 * t3);
        var mpr = 306.0253 + (385.81691806 * k) + (0.0107306 * t2) + (0.00001236 * t3);
        var f = 21.2964 + (390.67050646 * k) - (0.0016528 * t2) - (0.00000239 * t3);
        var c1 = ((0.1734 - (0.000393 * t)) * Math.Sin(m * dr)) + (0.0021 * Math.Sin(2 * dr * m));
        c1 -= (0.4068 * Math.Sin(mpr * dr)) + (0.0161 * Math.Sin(dr * 2 * mpr));
        c1 -= 0.0004 * Math.Sin(dr * 3 * mpr);
        c1 += (0.0104 * Math.Sin(dr * 2 * f)) - (0.0051 * Math.Sin(dr * (m + mpr)));
        c1 -= (0.0074 * Math.Sin(dr * (m - mpr))) + (0.0004 * Math.Sin(dr * ((2 * f) + m)));
        c1 -= (0.0004 * Math.Sin(dr * ((2 * f) - m))) - (0.0006 * Math.Sin(dr * ((2 * f) + mpr)));
        c1 += (0.0010 * Math.Sin(dr * ((2 * f) - mpr))) + (0.0005 * Math.Sin(dr * ((2 * mpr) + m)));
        var deltaT = t < -11
            ? 0.001 + (0.000839 * t) + (0.0002261 * t2) - (0.00000845 * t3) - (0.000000081 * t * t3)
            : -0.000278 + (0.000265 * t) + (0.000262 * t2);
        return (int)Math.Floor(jd1 + c1 - deltaT + 0.5 + (TimeZoneHours / 24));
    }

    /// <summary>The sun's longitude at local midnight of a day, as the index (0-11) of its 30° sector.</summary>
    private static int SunLongitudeSector(int julianDay)
    {
        var t = (julianDay - 2451545.5 - (TimeZoneHours / 24)) / 36525;
        var t2 = t * t;
        const double dr = Math.PI / 180;
        var m = 357.52910 + (35999.05030 * t) - (0.0001559 * t2) - (0.00000048 * t * t2);
        var l0 = 280.46645 + (36000.76983 * t) + (0.0003032 * t2);
        var dl = (1.914600 - (0.004817 * t) - (0.000014 * t2)) * Math.Sin(dr * m);
        dl += ((0.019993 - (0.000101 * t)) * Math.Sin(dr * 2 * m)) + (0.000290 * Math.Sin(dr * 3 * m));
        var l = (l0 + dl) * dr;
        l -= Math.PI * 2 * Math.Floor(l / (Math.PI * 2));
        return (int)Math.Floor(l / Math.PI * 6);
    }

    /// <summary>The first day of the lunar month that holds the winter solstice of solar year <paramref name="year"/>.</summary>
    private static int LunarMonth11(int year)
    {
        var off = JulianDay(new DateOnly(year, 12, 31)) - 2415021;
        var k = (int)Math.Floor(off / SynodicMonth);
        var newMoon = NewMoonDay(k);
        return SunLongitudeSector(newMoon) >= 9 ? NewMoonDay(k - 1) : newMoon;
    }

    /// <summary>How many months after month 11 the leap month comes, in a 13-month year starting at <paramref name="a11"/>.</summary>
    private static int LeapMonthOffset(int a11)
    {
        var k = (int)Math.Floor(((a11 - NewMoonEpoch) / SynodicMonth) + 0.5);
        var i = 1;
        var arc = SunLongitudeSector(NewMoonDay(k + i));
        int last;
        do
        {
            last = arc;
            i++;
            arc = SunLongitudeSector(NewMoonDay(k + i));
        }
        while (arc != last && i < 14);

        return i - 1;
    }
}
