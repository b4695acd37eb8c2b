//! Technology services: offering, moderation, the catalogue, requests and their steps, proposals,
//! vouchers, the network's view, and the catalogue import.

mod import;
mod journey;
