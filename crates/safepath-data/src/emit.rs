//! Writing the checked data as Rust source for `core::directory` to include: static
//! tables, so the app parses nothing when it starts.

use std::fmt::Write as _;

use crate::rules::{ValidCoverage, ValidHours, ValidProvider, ValidText};
use crate::units::ValidUnit;

fn opt(s: &Option<String>) -> String {
    match s {
        Some(s) => format!("Some({s:?})"),
        None => "None".into(),
    }
}

fn text(t: &ValidText) -> String {
    format!(
        "Text {{ vi: {:?}, en: {}, km: {} }}",
        t.vi,
        opt(&t.en),
        opt(&t.km)
    )
}

fn opt_text(t: &Option<ValidText>) -> String {
    t.as_ref()
        .map_or("None".to_string(), |t| format!("Some({})", text(t)))
}

pub fn units_table(code: &mut String, units: &[ValidUnit]) {
    let _ = writeln!(code, "pub static UNITS: [Unit; {}] = [", units.len());
    for u in units {
        let _ = writeln!(
            code,
            "    Unit {{ code: {}, name: {:?}, kind: UnitKind::{}, former_district: {:?}, former_province: {:?}, merged_from: &{:?} }},",
            u.code, u.name, u.kind, u.former_district, u.former_province, u.merged_from
        );
    }
    code.push_str("];\n");
}

pub fn providers_table(code: &mut String, providers: &[ValidProvider]) {
    let _ = writeln!(
        code,
        "pub static PROVIDERS: [Provider; {}] = [",
        providers.len()
    );
    for p in providers {
        let services: Vec<String> = p.services.iter().map(|s| format!("Service::{s}")).collect();
        let coverage = match &p.coverage {
            ValidCoverage::National => "Coverage::National".to_string(),
            ValidCoverage::Province => "Coverage::Province".to_string(),
            ValidCoverage::Units(codes) => format!("Coverage::Units(&{codes:?})"),
        };
        let contacts: Vec<String> = p
            .contacts
            .iter()
            .map(|c| {
                format!(
                    "ContactPoint {{ tel: {:?}, display: {:?}, call: {}, sms: {}, zalo: {}, cost: Cost::{} }}",
                    c.phone.tel, c.phone.display, c.call, c.sms, c.zalo, c.cost
                )
            })
            .collect();
        let hours = match &p.hours {
            ValidHours::Always => "Hours::Always".to_string(),
            ValidHours::Text(t) => format!("Hours::Text({})", text(t)),
            ValidHours::Unknown => "Hours::Unknown".to_string(),
        };
        let languages: Vec<String> = p.languages.iter().map(|l| format!("Lang::{l}")).collect();
        let sources: Vec<String> = p
            .sources
            .iter()
            .map(|(title, url)| format!("Source {{ title: {title:?}, url: {url:?} }}"))
            .collect();
        let d = p.checked;
        let _ = writeln!(
            code,
            "    Provider {{\n        id: {:?},\n        name: {},\n        kind: Kind::{},\n        services: &[{}],\n        coverage: {},\n        in_person: {},\n        contacts: &[{}],\n        hours: {},\n        languages: &[{}],\n        address: {},\n        note: {},\n        sources: &[{}],\n        checked: Date {{ year: {}, month: {}, day: {} }},\n        status: Status::{},\n    }},",
            p.id,
            text(&p.name),
            p.kind,
            services.join(", "),
            coverage,
            p.in_person,
            contacts.join(", "),
            hours,
            languages.join(", "),
            opt_text(&p.address),
            opt_text(&p.note),
            sources.join(", "),
            d.year,
            d.month,
            d.day,
            p.status,
        );
    }
    code.push_str("];\n");
}

/// `LAST_CHECKED`: the latest day any entry was checked, the one date the about page says
/// ("checked on"), so no text carries a date of its own that the data can outgrow.
pub fn last_checked(code: &mut String, providers: &[ValidProvider]) {
    if let Some(d) = providers.iter().map(|p| p.checked).max() {
        let _ = writeln!(
            code,
            "pub const LAST_CHECKED: Date = Date {{ year: {}, month: {}, day: {} }};",
            d.year, d.month, d.day
        );
    }
}
