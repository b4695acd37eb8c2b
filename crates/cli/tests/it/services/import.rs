//! `clusterhub import services`: a centre's or a network's catalogue in CSV or JSON, published at
//! once, updated by the centre's references on re-import, and refused whole (naming every bad
//! row and field) when one row is wrong.

use clusterhub::import::{self, ImportError};
use domain::service::ServiceState;
use domain::OrganisationType;

use crate::helpers::{organisation_of, TestApp};

/// A file of `content` in a fresh temporary folder (kept alive by the returned guard).
fn file(name: &str, content: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join(name);
    std::fs::write(&path, content).expect("write");
    (dir, path)
}

/// A test lab and a university lab that offer services, and a company that may not.
async fn directory(app: &TestApp) -> (i64, i64) {
    let lab = organisation_of(
        app,
        "emv-pruefzentrum",
        "EMV-Prüfzentrum Dresden",
        OrganisationType::TechnologyCentre,
        "DE",
    )
    .await;
    let uni = organisation_of(
        app,
        "labo-photonique",
        "Laboratoire de photonique de Grenoble",
        OrganisationType::ResearchEducation,
        "FR",
    )
    .await;
    organisation_of(app, "acme-gmbh", "Acme GmbH", OrganisationType::Company, "DE").await;
    (lab, uni)
}

/// A programme owned by the lab, a voucher programme or not.
async fn programme(app: &TestApp, owner: i64, voucher: bool) -> i64 {
    let store = &app.db.store;
    let email = domain::Email::parse(&format!("owner{}@example.eu", u8::from(voucher))).expect("email");
    let user = store
        .create_user(&email, "Programme Owner", None, domain::PlatformRole::User)
        .await
        .expect("user");
    let now = chrono::Utc::now();
    let form = domain::programme::ProgrammeForm {
        title: if voucher {
            "Technology vouchers"
        } else {
            "Innovation grants"
        }
        .into(),
        summary: "Small grants for SMEs working with a technology centre on a first project.".into(),
        budget: "400000".into(),
        max_grant: "15000".into(),
        questions: "What do you need?".into(),
        criteria: "100 Impact".into(),
        deadline: format!("{}T17:00", (now + chrono::Duration::days(60)).date_naive()),
        timezone: "Europe/Berlin".into(),
        voucher,
        ..Default::default()
    };
    let draft = form.validate(now, None).expect("programme");
    store
        .create_programme(owner, user.id, &draft)
        .await
        .expect("create programme")
}

const HEADER: &str = "organisation,reference,kind,language,name,description,name_en,description_en,technologies,\
critical_technologies,ecosystems,trl_from,trl_to,equipment,accreditations,price_model,price,lead_time_days,\
answer_days,languages,delivery,countries,regions";

fn emc_row(description: &str) -> String {
    format!(
        "emv-pruefzentrum,EMV-01,testing-validation,de,EMV-Prüfung nach EN 55032,\"{description}\",\
         EMC testing to EN 55032,Emission and immunity measurements of electronic products in our absorber chamber.,\
         micro-nanoelectronics,sensing|connectivity-navigation-digital,electronics;mobility-transport-automotive,4,8,\
         \"Absorberhalle 10 m, GTEM-Zelle\",ISO/IEC 17025:2017,day-rate,1450,15,3,de;en,on-site,DE;AT,"
    )
}

fn catalogue_csv(description: &str) -> String {
    format!(
        "{HEADER}\n{}\n\
         emv-pruefzentrum,KLIMA-02,testing-validation,de,Klimaprüfung,Temperatur- und Feuchtezyklen von -70 bis +180 °C für Baugruppen.,,,\
         advanced-materials,,electronics,5,9,Klimakammern bis 1.5 m³,ISO/IEC 17025:2017|ISO 9001,on-quote,,20,5,de,on-site;at-client,,DED\n\
         labo-photonique,PH-01,training,fr,Formation sécurité laser,Une journée de formation à la sécurité laser pour les opérateurs de machines.,,,\
         photonics,,,1,9,,,fixed,\"650,00\",10,2,fr,on-site|remote,FR,\n",
        emc_row(description)
    )
}

const JSON_CATALOGUE: &str = r#"[
  {
    "organisation": "labo-photonique",
    "reference": "PH-02",
    "kind": "prototyping",
    "language": "fr",
    "texts": {
      "fr": {"name": "Prototypage de capteurs optiques", "description": "Conception et fabrication de prototypes de capteurs à fibre optique."},
      "en": {"name": "Optical sensor prototyping", "description": "Design and manufacture of fibre-optic sensor prototypes."}
    },
    "technologies": ["photonics"],
    "critical_technologies": ["sensing"],
    "trl_from": 3,
    "trl_to": "6",
    "price_model": "fixed",
    "price": 12000.5,
    "programmes": [VOUCHER],
    "lead_time_days": 60,
    "delivery": ["on-site"],
    "languages": ["fr", "en"]
  },
  {
    "organisation": "labo-photonique",
    "kind": "consulting",
    "texts": {"en": {"name": "Photonics feasibility study", "description": "Two days with our engineers to judge whether light can solve your measuring problem."}},
    "price_model": "free",
    "delivery": "remote"
  }
]"#;

#[tokio::test]
async fn csv_and_json_catalogues_are_imported_and_published() {
    let app = TestApp::spawn().await;
    let (lab, uni) = directory(&app).await;
    let voucher = programme(&app, lab, true).await;
    let store = &app.db.store;

    let (_d, csv) = file(
        "catalogue.csv",
        &catalogue_csv("Störaussendung und Störfestigkeit im 10-m-Absorberraum."),
    );
    let s = import::services::run(store, &csv, false).await.expect("CSV import");
    assert_eq!((s.services_created, s.services_updated), (3, 0));
    assert!(s.to_string().contains("3 services (3 created, 0 updated)"), "{s}");
    let ours = store.services_of(lab).await.expect("services");
    assert_eq!(ours.len(), 2);
    assert!(ours
        .iter()
        .all(|x| x.state == ServiceState::Published && x.published_at.is_some()));
    let emc = ours
        .iter()
        .find(|x| x.draft.reference.as_deref() == Some("EMV-01"))
        .expect("EMV-01");
    let d = &emc.draft;
    assert_eq!(d.name(), "EMV-Prüfung nach EN 55032");
    assert_eq!(d.text("en").name, "EMC testing to EN 55032");
    assert_eq!((d.trl_from, d.trl_to, d.lead_time_days, d.answer_days), (4, 8, 15, 3));
    assert_eq!(d.price, Some(domain::Cents(145_000)));
    assert_eq!(d.accreditations, ["ISO/IEC 17025:2017"]);
    assert_eq!(d.critical_technologies.len(), 2);
    assert_eq!(d.countries.len(), 2);
    let climate = ours
        .iter()
        .find(|x| x.draft.reference.as_deref() == Some("KLIMA-02"))
        .expect("KLIMA-02");
    assert_eq!(climate.draft.accreditations, ["ISO/IEC 17025:2017", "ISO 9001"]);
    assert_eq!(climate.draft.regions.len(), 1);
    assert_eq!(climate.draft.price, None);
    let training = &store.services_of(uni).await.expect("services")[0];
    assert_eq!(
        training.draft.price,
        Some(domain::Cents(65_000)),
        "a decimal comma in a quoted cell"
    );

    let (_j, json) = file(
        "catalogue.json",
        &JSON_CATALOGUE.replace("VOUCHER", &voucher.to_string()),
    );
    let s = import::services::run(store, &json, false).await.expect("JSON import");
    assert_eq!((s.services_created, s.services_updated), (2, 0));
    let theirs = store.services_of(uni).await.expect("services");
    assert_eq!(theirs.len(), 3);
    let proto = theirs
        .iter()
        .find(|x| x.draft.reference.as_deref() == Some("PH-02"))
        .expect("PH-02");
    assert_eq!(proto.draft.programmes, [voucher]);
    assert_eq!(proto.draft.price, Some(domain::Cents(1_200_050)));
    assert_eq!((proto.draft.trl_from, proto.draft.trl_to), (3, 6));
    assert_eq!(proto.draft.text("en").name, "Optical sensor prototyping");
    let study = theirs.iter().find(|x| x.draft.reference.is_none()).expect("the study");
    assert_eq!(study.draft.language.as_str(), "en");
    assert_eq!(study.draft.price, None);

    // Published means anyone sees it.
    let (status, page) = app.text(&format!("/services/{}", emc.id)).await;
    assert_eq!(status, 200);
    assert!(page.contains("EMV-Prüfung nach EN 55032") || page.contains("EMC testing to EN 55032"));
}

#[tokio::test]
async fn a_re_import_updates_services_by_their_reference() {
    let app = TestApp::spawn().await;
    let (lab, _) = directory(&app).await;
    let store = &app.db.store;
    let (_d, first) = file(
        "v1.csv",
        &catalogue_csv("Störaussendung und Störfestigkeit im 10-m-Absorberraum."),
    );
    import::services::run(store, &first, false).await.expect("first import");
    let before = store.services_of(lab).await.expect("services");
    let climate = before
        .iter()
        .find(|x| x.draft.reference.as_deref() == Some("KLIMA-02"))
        .expect("KLIMA-02");
    // The centre took one off the catalogue to change it: a re-import leaves it a draft.
    assert!(store.withdraw_service(climate.id).await.expect("withdraw"));

    let (_e, second) = file(
        "v2.csv",
        &catalogue_csv("Neu: Messungen bis 40 GHz im 10-m-Absorberraum, mit Bericht."),
    );
    let s = import::services::run(store, &second, false).await.expect("re-import");
    assert_eq!((s.services_created, s.services_updated), (0, 3));
    assert!(s.to_string().contains("3 services (0 created, 3 updated)"), "{s}");
    let after = store.services_of(lab).await.expect("services");
    assert_eq!(after.len(), 2);
    let emc = after
        .iter()
        .find(|x| x.draft.reference.as_deref() == Some("EMV-01"))
        .expect("EMV-01");
    assert_eq!(
        emc.id,
        before
            .iter()
            .find(|x| x.draft.reference.as_deref() == Some("EMV-01"))
            .expect("before")
            .id
    );
    assert_eq!(
        emc.draft.text("de").description,
        "Neu: Messungen bis 40 GHz im 10-m-Absorberraum, mit Bericht."
    );
    assert_eq!(emc.state, ServiceState::Published);
    let climate = after
        .iter()
        .find(|x| x.draft.reference.as_deref() == Some("KLIMA-02"))
        .expect("KLIMA-02");
    assert_eq!(climate.state, ServiceState::Draft);
}

#[tokio::test]
async fn a_file_with_bad_rows_stores_nothing_and_names_every_row_and_field() {
    let app = TestApp::spawn().await;
    let (lab, uni) = directory(&app).await;
    let store = &app.db.store;
    let good = emc_row("Störaussendung und Störfestigkeit im 10-m-Absorberraum.");
    // Line 3: a price with two commas and TRLs the wrong way round; line 5: a kind and a
    // delivery that do not exist.
    let bad_price = good
        .replace("EMV-01", "EMV-02")
        .replace(",4,8,", ",7,3,")
        .replace(",1450,", ",\"12,5,0\",");
    let bad_kind = "labo-photonique,PH-09,juggling,fr,Jonglage,Une journée pour apprendre à jongler avec trois balles.,,,,,,,,,,free,,,,,by-pigeon,,";
    let training = "labo-photonique,PH-01,training,fr,Formation sécurité laser,Une journée de formation à la sécurité laser.,,,,,,,,,,free,,,,,remote,,";
    let content = format!("{HEADER}\n{good}\n{bad_price}\n{training}\n{bad_kind}\n");
    let (_d, path) = file("bad.csv", &content);
    let err = import::services::run(store, &path, false)
        .await
        .expect_err("bad rows refuse the file");
    let ImportError::Invalid { errors, .. } = &err else {
        panic!("unexpected {err}")
    };
    let lines: Vec<&str> = errors.iter().map(|e| e.location.as_str()).collect();
    assert_eq!(lines, ["line 3", "line 5"]);
    assert!(
        errors[0].message.contains("price: \"12,5,0\"")
            && errors[0].message.contains("trl_to: 3 is below the lowest level, 7"),
        "{errors:?}"
    );
    assert!(
        errors[1].message.contains("kind:")
            && errors[1].message.contains("juggling")
            && errors[1].message.contains("delivery:"),
        "{errors:?}"
    );
    let report = err.to_string();
    assert!(
        report.contains("nothing was imported") && report.contains("line 3: trl_to: 3 is below"),
        "{report}"
    );
    assert!(store.services_of(lab).await.expect("services").is_empty());
    assert!(store.services_of(uni).await.expect("services").is_empty());

    // Asked to, the good rows go in and the bad ones are reported.
    let s = import::services::run(store, &path, true).await.expect("skip invalid");
    assert_eq!(s.services_created, 2);
    assert_eq!(s.skipped.len(), 2);
    assert!(s.to_string().contains("skipped 2"), "{s}");
}

#[tokio::test]
async fn malformed_files_and_unknown_organisations_are_clear_errors() {
    let app = TestApp::spawn().await;
    let (lab, _) = directory(&app).await;
    let grants = programme(&app, lab, false).await;
    let store = &app.db.store;
    let refused = |e: Result<import::Summary, ImportError>| match e {
        Ok(s) => panic!("imported: {s}"),
        Err(e) => e.to_string(),
    };

    let (_a, broken) = file("broken.json", "[{\"organisation\": \"emv-pruefzentrum\", \"kind\": ");
    let e = refused(import::services::run(store, &broken, false).await);
    assert!(
        e.contains("broken.json") && e.contains("not valid JSON") && e.contains("line 1"),
        "{e}"
    );
    let (_b, object) = file("object.json", "{\"services\": []}");
    let e = refused(import::services::run(store, &object, false).await);
    assert!(e.contains("not an array"), "{e}");
    let (_c, unknown) = file("unknown.csv", &format!("{HEADER},colour\n"));
    let e = refused(import::services::run(store, &unknown, false).await);
    assert!(e.contains("\"colour\" is not a field of a service"), "{e}");
    let (_d, quotes) = file(
        "quotes.csv",
        &format!(
            "{HEADER}\n{}\nemv-pruefzentrum,X,training,de,\"Kurs,Ein Kurs\n",
            emc_row("Messungen im Absorberraum, mit Bericht.")
        ),
    );
    let e = refused(import::services::run(store, &quotes, false).await);
    assert!(e.contains("line 3") && e.contains("quote"), "{e}");
    let e = refused(import::services::run(store, std::path::Path::new("/nonexistent/services.csv"), false).await);
    assert!(e.contains("/nonexistent/services.csv"), "{e}");

    // Rows that name a centre that is not there, a company, a programme that pays no
    // vouchers, one that does not exist, and a reference twice.
    let row = emc_row("Messungen im Absorberraum, mit Bericht.");
    let content = format!(
        "{HEADER},programmes\n{row},{grants}\n{},\n{},\n{},999999\n{row},\n",
        row.replace("emv-pruefzentrum,EMV-01", "nowhere-lab,EMV-01"),
        row.replace("emv-pruefzentrum,EMV-01", "acme-gmbh,EMV-01"),
        row.replace("EMV-01", "EMV-03"),
    );
    let (_e, names) = file("names.csv", &content);
    let err = import::services::run(store, &names, false).await.expect_err("refused");
    let ImportError::Invalid { errors, .. } = &err else {
        panic!("unexpected {err}")
    };
    let found: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(found.len(), 5, "{found:#?}");
    assert!(
        found[0].starts_with("line 2: programmes:") && found[0].contains("not a voucher programme"),
        "{found:#?}"
    );
    assert!(
        found[1].contains("line 3: organisation: there is no organisation \"nowhere-lab\""),
        "{found:#?}"
    );
    assert!(
        found[2].contains("line 4: organisation: \"acme-gmbh\" is a company"),
        "{found:#?}"
    );
    assert!(
        found[3].contains("line 5: programmes: there is no programme 999999"),
        "{found:#?}"
    );
    assert!(
        found[4].contains("line 6: reference: \"EMV-01\" of emv-pruefzentrum appears again (first at line 2)"),
        "{found:#?}"
    );
    assert!(store.services_of(lab).await.expect("services").is_empty());
}
