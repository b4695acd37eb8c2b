-- The language a person reads in (en, de, fr, da): pages follow it once they sign in, and every
-- mail to them is written in it, whoever's action sends it. Unset for accounts made before it
-- existed; they read in English until they choose.
ALTER TABLE users ADD COLUMN language TEXT;
