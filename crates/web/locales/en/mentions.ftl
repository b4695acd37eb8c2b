# What news texts call each technology and ecosystem, comma-separated; recognised in texts of every
# language, in any case. Only terms that mean the area when they stand alone: "digital" alone is
# not the digital ecosystem, "tourism" is tourism.
mentions-ecosystem-aerospace-defence = aerospace and defence, aerospace & defence, aerospace and defense, defence and aerospace, aerospace, defence industry, defense industry, defence and security industry, defence, aerospace sector, space and defence, defence sector
mentions-ecosystem-agri-food = agri-food, agrifood, agri-food sector, food industry
mentions-ecosystem-construction = construction sector, construction industry, building industry
mentions-ecosystem-cultural-creative = cultural and creative industries, creative industries, cultural and creative sectors
mentions-ecosystem-digital = digital ecosystem, digital industries
mentions-ecosystem-electronics = electronics industry, electronics sector
mentions-ecosystem-energy-intensive = energy-intensive industries, energy intensive industries
mentions-ecosystem-energy-renewables = renewable energy, renewable energies, renewables
mentions-ecosystem-health = health sector, health ecosystem, healthcare sector, life sciences and health, health and life sciences, healthcare, digital health, health technologies, health technology
mentions-ecosystem-mobility-transport-automotive = automotive industry, automotive sector, mobility and transport sector, transport and automotive
mentions-ecosystem-proximity-social-economy = social economy, proximity and social economy
mentions-ecosystem-retail = retail sector, retail industry
mentions-ecosystem-textiles = textiles, textile industry, textile sector, technical textiles
mentions-ecosystem-tourism = tourism, tourism sector
mentions-ket-micro-nanoelectronics = micro- and nanoelectronics, microelectronics, nanoelectronics, micro-electronics
mentions-ket-nanotechnology = nanotechnology, nanotechnologies
mentions-ket-photonics = photonics
mentions-ket-advanced-materials = advanced materials
mentions-ket-industrial-biotechnology = industrial biotechnology
mentions-ket-advanced-manufacturing = advanced manufacturing, advanced manufacturing technologies
mentions-cta-semiconductors = semiconductors, semiconductor technologies, advanced semiconductor technologies, chips
mentions-cta-artificial-intelligence = artificial intelligence, AI
mentions-cta-quantum = quantum technologies, quantum technology, quantum computing, quantum
mentions-cta-biotechnologies = biotechnology, biotechnologies, biotech
mentions-cta-connectivity-navigation-digital = advanced connectivity, 5G, 6G, satellite navigation
mentions-cta-sensing = advanced sensing, sensing technologies, sensor technologies, sensors, sensor technology
mentions-cta-space-propulsion = space technologies, space technology, propulsion technologies, space and propulsion
mentions-cta-energy = energy technologies, hydrogen technologies, energy storage
mentions-cta-robotics-autonomous-systems = robotics, autonomous systems, drones, robots, robot technology
mentions-cta-materials-manufacturing-recycling = recycling technologies, additive manufacturing, 3D printing
# Other names of countries than their official short name.
mentions-country-GB = UK, Britain, Great Britain
mentions-country-US = USA, US, United States
mentions-country-AE = UAE
mentions-country-CZ = Czech Republic
mentions-country-KR = South Korea
mentions-country-NL = Holland
