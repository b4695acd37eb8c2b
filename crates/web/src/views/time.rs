//! Dates and times as the reader's language writes them ("24 Dec 2026", "24.12.2026",
//! "24 déc. 2026", "24. dec. 2026"; 24-hour times), from CLDR through ICU4X. Pages and mail show
//! these; the API, iCalendar files and form fields keep ISO 8601.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use icu_calendar::Gregorian;
use icu_datetime::fieldsets::{M, T, YMD, YMDE, YMDT};
use icu_datetime::input::{Date, DateTime, Time};
use icu_datetime::options::TimePrecision;
use icu_datetime::{FixedCalendarDateTimeFormatter, NoCalendarFormatter};
use icu_locale_core::{locale, Locale as IcuLocale};

use chrono_tz::Tz;

use crate::i18n::{Locale, Tr};

struct Formatters {
    date: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    month: FixedCalendarDateTimeFormatter<Gregorian, M>,
    long_date: FixedCalendarDateTimeFormatter<Gregorian, YMDE>,
    date_time: FixedCalendarDateTimeFormatter<Gregorian, YMDT>,
    time: NoCalendarFormatter<T>,
}

/// The CLDR locale of an interface language: English as written in Europe (day before month,
/// 24-hour clock), the others as in their main country.
fn cldr_locale(l: Locale) -> IcuLocale {
    match l {
        Locale::En => locale!("en-GB"),
        Locale::De => locale!("de-DE"),
        Locale::Fr => locale!("fr-FR"),
        Locale::Da => locale!("da-DK"),
    }
}

impl Formatters {
    /// Compiled data covers every CLDR locale, so this does not fail for ours; a language whose
    /// data were missing would show ISO dates rather than fail.
    fn new(l: Locale) -> Option<Self> {
        let prefs = || cldr_locale(l).into();
        let minutes = TimePrecision::Minute;
        Some(Formatters {
            date: FixedCalendarDateTimeFormatter::try_new(prefs(), YMD::medium()).ok()?,
            month: FixedCalendarDateTimeFormatter::try_new(prefs(), M::medium()).ok()?,
            long_date: FixedCalendarDateTimeFormatter::try_new(prefs(), YMDE::long()).ok()?,
            date_time: FixedCalendarDateTimeFormatter::try_new(prefs(), YMDT::medium().with_time_precision(minutes))
                .ok()?,
            time: NoCalendarFormatter::try_new(prefs(), T::medium().with_time_precision(minutes)).ok()?,
        })
    }
}

thread_local! {
    // ICU4X formatters hold their data in `Rc`s, so each thread keeps its own, built on first use.
    static FORMATTERS: RefCell<HashMap<Locale, Option<Rc<Formatters>>>> = RefCell::new(HashMap::new());
}

/// `f` applied to the formatters of `l`, or None when they cannot be had.
fn with_formatters<R>(l: Locale, f: impl FnOnce(&Formatters) -> Option<R>) -> Option<R> {
    let formatters = FORMATTERS.with(|m| {
        m.borrow_mut()
            .entry(l)
            .or_insert_with(|| Formatters::new(l).map(Rc::new))
            .clone()
    })?;
    f(&formatters)
}

fn icu_date(d: NaiveDate) -> Option<Date<Gregorian>> {
    Date::try_new_gregorian(d.year(), u8::try_from(d.month()).ok()?, u8::try_from(d.day()).ok()?).ok()
}

fn icu_time(t: NaiveTime) -> Option<Time> {
    Time::try_new(
        u8::try_from(t.hour()).ok()?,
        u8::try_from(t.minute()).ok()?,
        u8::try_from(t.second()).ok()?,
        0,
    )
    .ok()
}

impl Tr {
    /// A day: "24 Dec 2026" (en), "24.12.2026" (de), "24 déc. 2026" (fr), "24. dec. 2026" (da).
    pub fn date(&self, d: NaiveDate) -> String {
        with_formatters(self.locale, |f| Some(f.date.format(&icu_date(d)?).to_string()))
            .unwrap_or_else(|| d.format("%Y-%m-%d").to_string())
    }

    /// A month's short name, alone (for a calendar leaf): "Dec", "Dez", "déc.", "dec.".
    pub fn short_month(&self, d: NaiveDate) -> String {
        with_formatters(self.locale, |f| Some(f.month.format(&icu_date(d)?).to_string()))
            .unwrap_or_else(|| d.format("%m").to_string())
    }

    /// A day with its weekday, written out: "Thursday 24 December 2026".
    pub fn long_date(&self, d: NaiveDate) -> String {
        with_formatters(self.locale, |f| Some(f.long_date.format(&icu_date(d)?).to_string()))
            .unwrap_or_else(|| d.format("%Y-%m-%d").to_string())
    }

    /// A time of day: "17:00".
    pub fn time(&self, t: NaiveTime) -> String {
        with_formatters(self.locale, |f| Some(f.time.format(&icu_time(t)?).to_string()))
            .unwrap_or_else(|| t.format("%H:%M").to_string())
    }

    /// A day and time: "24 Dec 2026, 17:00".
    pub fn date_time(&self, t: NaiveDateTime) -> String {
        with_formatters(self.locale, |f| {
            let (date, time) = (icu_date(t.date())?, icu_time(t.time())?);
            Some(f.date_time.format(&DateTime { date, time }).to_string())
        })
        .unwrap_or_else(|| t.format("%Y-%m-%d %H:%M").to_string())
    }

    /// From one wall-clock time to another: "24 Dec 2026, 09:00–17:00" on one day, else both
    /// written in full.
    pub fn date_time_range(&self, from: NaiveDateTime, to: NaiveDateTime) -> String {
        if from.date() == to.date() {
            format!("{}–{}", self.date_time(from), self.time(to.time()))
        } else {
            format!("{} – {}", self.date_time(from), self.date_time(to))
        }
    }
}

/// The current instant (one place, so every page asks the same clock).
pub fn now() -> chrono::DateTime<chrono::Utc> {
    chrono::Utc::now()
}

/// Today, as a calendar day in UTC.
pub fn today() -> domain::Day {
    domain::Day::new(chrono::Utc::now().date_naive())
}

/// The zone a viewer reads times in: their own when set, else the event's.
pub fn viewer_zone(user: Option<&store::accounts::User>, e: &store::events::Event) -> Tz {
    crate::views::reader_zone(user).unwrap_or_else(|| e.draft.tz())
}

/// "4 Mar 2027, 09:00–17:00 (Europe/Copenhagen)" as the reader's language writes it, or with
/// both days when it spans several.
pub fn span(tr: &Tr, starts: chrono::DateTime<chrono::Utc>, ends: chrono::DateTime<chrono::Utc>, tz: Tz) -> String {
    let (s, e) = (starts.with_timezone(&tz), ends.with_timezone(&tz));
    format!(
        "{} ({})",
        tr.date_time_range(s.naive_local(), e.naive_local()),
        tz.name()
    )
}

/// "26 Mar 2027, 17:00 (Europe/Brussels)" as the reader's language writes it, and the reader's
/// own time when their zone differs.
pub fn when(tr: &Tr, at: chrono::DateTime<chrono::Utc>, zone: &str, reader: Option<Tz>) -> String {
    let tz: Tz = zone.parse().unwrap_or(domain::funding::PORTAL_ZONE);
    let own = format!("{} ({})", tr.date_time(at.with_timezone(&tz).naive_local()), tz.name());
    match reader.filter(|r| *r != tz) {
        Some(r) => format!(
            "{own} · {} ({})",
            tr.date_time(at.with_timezone(&r).naive_local()),
            r.name()
        ),
        None => own,
    }
}

/// The time zones to choose from (regions' zones by IANA name), after a "the event's own" entry.
pub fn zone_options(tr: &Tr) -> Vec<(String, String)> {
    let mut zones = vec![(String::new(), tr.t("account-timezone-event"))];
    zones.extend(
        chrono_tz::TZ_VARIANTS
            .iter()
            .filter(|z| z.name().contains('/') && !z.name().starts_with("Etc/") && z.name() != "US/Pacific-New")
            .map(|z| (z.name().to_owned(), z.name().replace('_', " "))),
    );
    zones
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 24).expect("a day")
    }

    #[test]
    fn each_language_writes_dates_its_own_way() {
        let at = day().and_hms_opt(17, 5, 0).expect("a time");
        let written: Vec<(String, String)> = Locale::ALL
            .iter()
            .map(|l| {
                let tr = Tr::new(*l);
                (tr.date(day()), tr.date_time(at))
            })
            .collect();
        assert_eq!(written[0].0, "24 Dec 2026");
        assert_eq!(written[1].0, "24.12.2026");
        assert_eq!(written[2].0, "24 déc. 2026");
        assert_eq!(written[3].0, "24. dec. 2026");
        for (_, with_time) in &written {
            assert!(
                with_time.contains("17:05") || with_time.contains("17.05"),
                "{with_time}"
            );
            assert!(!with_time.contains("PM"), "{with_time}: a 24-hour clock");
        }
        assert!(Tr::new(Locale::De).long_date(day()).contains("Dezember"));
        let months: Vec<String> = Locale::ALL.iter().map(|l| Tr::new(*l).short_month(day())).collect();
        assert_eq!(months, ["Dec", "Dez", "déc.", "dec."]);
        assert!(Tr::new(Locale::Fr).long_date(day()).contains("jeudi"));
    }

    #[test]
    fn ranges_on_one_day_name_the_day_once() {
        let tr = Tr::new(Locale::En);
        let from = day().and_hms_opt(9, 0, 0).expect("time");
        let to = day().and_hms_opt(17, 0, 0).expect("time");
        assert_eq!(tr.date_time_range(from, to), "24 Dec 2026, 09:00–17:00");
    }
}
