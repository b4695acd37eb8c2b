//! The `clusterhub` program: configuration, subcommands and the wiring of store and web.

pub mod backup;
pub mod cli;
pub mod config;
pub mod demo;
pub mod exchange;
pub mod export;
pub mod import;
pub mod serve;
