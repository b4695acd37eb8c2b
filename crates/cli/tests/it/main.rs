//! Integration tests: the real application on a random port against a fresh database (a SQLite
//! file, or a PostgreSQL schema when TEST_DATABASE_URL is set). One test binary, so everything
//! links once.

mod account;
mod agent;
mod api;
mod authorisation;
mod backup;
mod browser;
mod events;
mod front;
mod funding;
mod helpers;
mod import;
mod jobs;
mod languages;
mod maps;
mod news;
mod operations;
mod opportunities;
mod pages;
mod programmes;
mod projects;
mod roundtrip;
mod search;
mod security;
mod services;
mod sitemap;
