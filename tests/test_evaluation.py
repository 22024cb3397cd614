"""Quality floors on the annotated evaluation sets (bench/evaluate.py), a little below the
figures measured on them, so that a change that makes extraction or incidents worse fails."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pandas as pd
import pytest

from components import schema
from components.extraction import extract_mentions
from components.incidents import build_incidents

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent


def _evaluate_module():
    spec = importlib.util.spec_from_file_location("evaluate", ROOT / "bench" / "evaluate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def results(gazetteer, pipelines):
    return _evaluate_module().run(pipelines=pipelines, gazetteer=gazetteer)


# language -> (places F1, dates F1, casualty sentences right); measured 0.97 1.00 1.00 (ro),
# 0.97 1.00 1.00 (hu), 0.96 1.00 1.00 (en). The extractors are tuned on these.
NEWS_FLOORS = {
    "ro": (0.93, 0.95, 0.94),
    "hu": (0.93, 0.95, 0.94),
    "en": (0.92, 0.95, 0.94),
}
# Held-out passages (eval_news_<lang>_<set>.jsonl), each written and annotated before the
# extractors ran on it. The misses of "holdout" and then of "holdout2" were read while tuning
# afterwards, so their figures became optimistic; so did those of "holdout3" (15
# casualty-heavy passages per language) and "holdout4" later. The blind figures of each, taken
# before anyone read its misses, are the honest ones. set -> language ->
# (places F1, dates F1, casualty sentences right, most sentences given a count they do not
# state); measured, first while blind, then now:
# holdout:  blind 0.92 0.94 0.82 (ro), 0.86 0.92 0.87 (hu), 0.83 0.96 0.88 (en);
#           now   0.98 0.94 1.00 0 (ro), 0.91 0.94 1.00 0 (hu), 0.91 0.96 1.00 0 (en);
# holdout2: blind 0.95 0.98 0.92 0 (ro), 0.83 0.98 0.70 0 (hu), 0.96 0.98 0.91 0 (en);
#           now   0.95 0.98 1.00 0 (ro), 0.83 0.98 1.00 0 (hu), 0.96 0.98 1.00 0 (en);
# holdout3: blind 0.96 1.00 0.79 0 (ro), 0.93 0.95 0.86 1 (hu), 0.95 1.00 0.91 0 (en).
# holdout4 (written after holdout3's misses had been passed on): blind 0.88 1.00 0.82 0 (ro),
#           0.83 0.94 0.81 0 (hu), 0.91 1.00 0.95 0 (en); after the next round of fixes (whose
#           place work was steered by its summary figures) 0.89 1.00 0.86, 0.88 0.94 0.94,
#           0.91 1.00 0.95.
# holdout5 (other regions and events), first measured with that same code, nobody having
#           read its misses: 0.95 0.94 0.93 0 (ro), 0.97 0.94 0.88 0 (hu), 0.96 1.00 0.95 0 (en).
# holdout6 (Moldova, the Baltics, the Maghreb, Africa, the Andes, Southeast Asia), blind:
#           0.90 1.00 0.94 0 (ro), 0.85 0.93 0.94 0 (hu), 0.93 0.97 0.84 0 (en).
# holdout7, blind: 0.98 1.00 0.95 (ro), 0.89 0.95 0.89 (hu), 0.92 1.00 0.89 (en).
# holdout8, blind: 0.94 0.97 0.90 (ro), 0.88 1.00 0.83 (hu), 0.88 1.00 0.90 (en); its misses
#           were then read for the next round: 0.94 1.00 0.90, 0.94 1.00 0.94, 0.94 1.00 1.00.
# holdout9 (Caucasus, Central Asia, Horn of Africa, Haiti, Iberia, small Hungarian towns),
#           blind: 0.97 1.00 0.84 (ro), 0.89 0.95 0.83 (hu), 0.99 1.00 0.86 (en); after its
#           misses were read: 0.98 1.00 1.00, 0.94 0.98 0.92, 0.99 1.00 1.00.
# holdout10 (Latin America, South Asia, the Philippines, Lebanon, Mozambique, southern Ukraine,
#           Banat and northern Hungary; mine, dam, ferry, train, lightning, chemical leak),
#           blind: 0.91 0.97 0.91 0 (ro), 0.95 0.98 0.82 0 (hu), 0.94 1.00 0.88 0 (en); its
#           casualty misses were then read: 1.00 on each language.
# holdout11 (Pakistan, the Sahel, Armenia and Georgia, Russia's border regions, Bihar, the Czech
#           Republic, Austria, North America, Maramureș, Zala), written after holdout10's fixes,
#           blind: 1.00 1.00 0.88 0 (ro), 0.92 0.98 0.67 0 (hu), 0.93 0.98 0.86 0 (en); after
#           its casualty misses were read: 0.96, 0.90, 1.00.
# holdout12 (Nigeria, DR Congo, Kharkiv and Zaporizhzhia, Greece, China, Vietnam, Moldova,
#           Moldavia and Dobrogea, Southern Great Plain and Baranya; tanker blasts, drone
#           strikes on markets, shipwrecks, fireworks factories, cranes, knife attacks), blind:
#           0.89 0.95 0.80 0 (hu), 0.91 1.00 0.96 0 (en); ro, written last, blind after the fixes
#           of hu's and en's misses: 0.93 0.98 0.95 2. After all its misses were read: 1.00 each.
# holdout13 (Indonesia, Iran, Yemen, Kenya, Somalia, Gaza, the Urals, Kyiv and Volyn, Belgrade,
#           Antwerp, Zermatt, Muntenia and Oltenia, Central Transdanubia, Hajdú-Bihar; eruptions,
#           petrol stations, hostage sieges, trams, rockfalls, electrocutions), written after
#           holdout12's fixes, blind: 0.91 0.92 0.95 0 (ro), 0.91 0.98 0.82 0 (hu), 0.92 1.00
#           0.78 0 (en); after its casualty misses were read: 1.00, 1.00, 0.96.
# holdout14 (Darfur, Chad, Valencia, Sicily and Calabria, Sumy and Chernihiv, Belgorod and
#           Bryansk, Rakhine, Balkh, south Lebanon, Tunisia and Libya, Finland and Sweden,
#           Borsod, Szabolcs and Balaton, Transylvania, Maramureș, Suceava, Vojvodina; routine
#           local news and varied phrasing), written after holdout13's fixes, blind: 1.00 0.98
#           0.88 0 (ro), 0.92 0.98 0.85 1 (hu), 0.99 1.00 0.95 0 (en); after its casualty misses
#           were read: 0.96, 0.95, 1.00 (hu holdout13 then 0.95: "a sebesültek között ötven
#           gyerek" is a part of the injured here, as "a halottak között nyolc gyermek" is there).
# holdout15 (Haiti, Colombia, Mexico's north, Sinai, Jeddah, Kazakhstan, Mongolia, Taiwan, South
#           Africa, Odesa, Dnipro and Zhytomyr, Krasnodar, Croatia's coast, Tyrol, Győr, Miskolc,
#           Eger, Banat, Crișana, Galați, the Danube Delta, Bălți), written after holdout14's
#           fixes, blind: 0.90 0.97 0.89 1 (ro), 0.90 0.96 0.83 0 (hu), 0.89 0.98 0.80 0 (en);
#           after its casualty misses were read: 1.00, 1.00, 0.90 (ro's spurious one is a
#           "nimeni nu a fost rănit" the set leaves unannotated, where the others give 0).
# holdout16 (Peru, Cabo Delgado, Zamfara and Sokoto, Bamenda, Kharkiv and Kherson, Kursk and
#           Lipetsk, Georgia, Lesbos and Chios, Plovdiv, Silesia, Prešov, Pécs, Szolnok,
#           Kecskemét, Cluj, Constanța, Bacău, Nepal, Kurdistan; local-news wording), written
#           after holdout15's fixes, blind: 0.96 1.00 0.91 1 (ro), 0.84 1.00 0.84 0 (hu), 0.97
#           1.00 0.88 0 (en); after its casualty misses were read: 1.00, 0.92, 0.96.
# holdout17 (Ivory Coast, Ghana, Rwanda and Burundi, Zambia, Blue Nile, Marib, Kachin,
#           Narathiwat, Papua, Zaporizhzhia and Sumy, Voronezh, Albania, Naples, Andalusia,
#           Marseille, Saxony, Sopron, Szombathely, Veszprém, Tatabánya, Salgótarján,
#           Békéscsaba, Ploiești, Craiova, Timișoara), written after holdout16's fixes, blind:
#           0.94 0.94 0.96 0 (ro), 0.92 1.00 0.76 0 (hu), 0.97 1.00 0.87 0 (en); after a few
#           of its misses were read: 0.96, 0.81, 0.87.
# holdout18 (Moldavia and Transylvania, Chișinău, Kherson and Mykolaiv, Kramatorsk and Sloviansk,
#           Idlib and Aleppo, Kirkuk, Kabul, Khartoum, Amhara, Niger, Burkina Faso, Varna and
#           Burgas, Hatay, Dagestan, Lublin, Slovakia, Kárpátalja, Guayaquil, Honduras,
#           Guatemala, Rio, Bangladesh, Sri Lanka, Japan, Debrecen, Nyíregyháza, Kaposvár,
#           Szeged, Siófok), written after holdout17's fixes, blind: 0.89 0.94 0.86 0 (ro), 0.93
#           0.97 0.71 1 (hu), 0.92 0.93 0.79 4 (en); after its casualty misses were read: 1.00,
#           1.00, 0.96. Its writers were told to date "overnight" the day before publication;
#           four such dates were then set to the publication day, as every earlier set has it.
# holdout19 (Bukovina, Moldavia and Transylvania, Dobruja, Bălți and Ungheni, Tiraspol, Odesa and
#           Izmail, Zaporizhzhia and Nikopol, Kherson, Kharkiv, Belgorod and Kursk, Novi Sad and
#           Subotica, southern Slovakia, Szeklerland, Thessaloniki, Naples, Tyre and Nabatieh,
#           Rafah and Khan Younis, Darfur, Tigray and Afar, Mopti, Cameroon's Far North,
#           Mogadishu, Peshawar and Quetta, Manipur, Mindanao, Sinaloa, Port-au-Prince, Myanmar,
#           the US South, Canterbury; Pécs, Székesfehérvár, Kecskemét, Szolnok, Esztergom, Vác,
#           Budapest), written after holdout18's fixes, its "overnight" dates set to the
#           publication day before it ran, blind: 0.99 0.96 0.83 1 (ro), 0.91 0.97 0.80 0 (hu),
#           0.89 1.00 0.85 0 (en); after its casualty misses were read: 0.88, 0.90, 1.00.
# holdout20 (English only: Borno and Yobe, Tillaberi, Ituri and North Kivu, South Sudan,
#           Bamako and Timbuktu, Burkina Faso, Herat, Baluchistan, Punjab, Assam, Chhattisgarh,
#           Aceh, Central Sulawesi, Hormozgan, Haifa, Sumy, Kherson, Sevastopol, Rzeszow,
#           Murcia, Porto, Colombia, Peru, Oaxaca, Ohio), written after holdout19's fixes,
#           blind: 0.96 0.99 0.89 0 (en). Its Romanian part (Saturn and Mangalia, Brăila,
#           Călărași and Ialomița, Satu Mare, Baia Mare, Zalău, Bistrița-Năsăud, the Jiu valley,
#           Târgu Mureș, Reșița, Vâlcea and Argeș, Gagauzia, Soroca and Orhei, Crimea, Konduga,
#           Goma, Murcia), written in the same session after the English part's fixes, blind:
#           0.95 0.97 0.76 1 (ro). Its Hungarian part (Miskolc, Heves and Nógrád, Eger and
#           Gyöngyös, Paks, Mohács, Osijek, Senta, Binyamina, Burgenland, Sopron, Suleja,
#           Újpest, Partium, Bihor, Oradea, Banat, Castile and León, Galicia, Mai-Ndombe,
#           Nagykanizsa, the Southern Great Plain, Orosháza), written alongside and measured
#           after the Romanian part's fixes, blind: 0.91 0.98 0.90 1 (hu).
# holdout21 (Iași, Suceava, Buzău, Ploiești, Giurgiu, Târgu Jiu, Sibiu, Harghita, Cahul,
#           Ungheni, Bender, Izmail, Mykolaiv, Dnipro, Belgorod, Kursk; Debrecen, Nyíregyháza,
#           Szolnok, Kecskemét, Szeged, Pécs, Kaposvár, Siófok, Veszprém, Tatabánya,
#           Esztergom, Vác, Győr, Szombathely, Kolozsvár, Nagyvárad, Kassa, Szabadka, Ungvár;
#           Izium, Pokrovsk, Bryansk, Khan Younis, Jenin, Hodeidah, Omdurman, Amhara, Zamfara,
#           Cabo Delgado, Rakhine, Kunduz, Manipur, Kashmir, Haiti, Cauca, Guerrero, Rio Grande
#           do Sul, Texas, Bristol), written after holdout20's fixes, blind: 0.95 0.97 0.91 0
#           (ro), 0.99 1.00 0.81 0 (hu), 0.92 0.99 0.92 0 (en).
# holdout22 (Cluj-Napoca, Bacău, Roman, Galați, Tulcea, Slatina, Craiova, Timișoara, Oradea,
#           Sighet, Bălți, Soroca, Comrat, Chernivtsi, Kharkiv, Kherson, Sumy, Kramatorsk,
#           Bryansk, Tel Aviv, Khan Younis, Goma, Valencia, Magdeburg, New Orleans; Miskolc,
#           Salgótarján, Tatabánya, Sopron, Mosonmagyaróvár, Paks, Dunaújváros, Cegléd,
#           Békéscsaba, Mátészalka, Nagykanizsa, Keszthely, Kispest, Zugló, Csíkszereda,
#           Temesvár, Beregszász, Újvidék, Pozsony, Bécs, Graz, Zágráb, Damaszkusz; Kryvyi Rih,
#           Chernihiv, Dagestan, Tbilisi, Deir al-Balah, the Bekaa, Homs, Port Sudan, Nyala,
#           Mekelle, Niamey, Djibo, Maiduguri, Bukavu, Sagaing, Balochistan, Haiti, Cauca,
#           Guanajuato, Java, the Philippines), written after holdout21's fixes, blind: 0.98
#           1.00 0.83 3 (ro), 0.98 1.00 0.81 1 (hu), 0.98 1.00 0.90 0 (en).
# holdout23 (Brașov, Deva, Arad, Reșița, Târgu Mureș, Bistrița, Satu Mare, Baia Mare, Piatra
#           Neamț, Bârlad, Brăila, Medgidia, Călărași, Pitești, Orhei, Tiraspol, Nikopol,
#           Nabatieh, Isfahan, Peshawar, Naples, Marseille, Manchester; Debrecen, Nyíregyháza,
#           Szolnok, Kiskunhalas, Makó, Komló, Kaposvár, Ajka, Pápa, Győr, Szombathely,
#           Szentendre, Csepel, Székelyudvarhely, Marosvásárhely, Szatmárnémeti, Kassa,
#           Munkács, Odessza, Kurszk, Bejrút, Nápoly; Kupiansk, Sumy, Izmail, Rafah, Nablus,
#           Tyre, Idlib, Mosul, Hodeidah, El Fasher, Mopti, Katsina, Goma, Rakhine, Peshawar,
#           Kunduz, Manipur, Karachi, Mindanao, Culiacán, Kentucky, New Zealand), written after
#           holdout22's fixes, blind: 0.97 1.00 0.93 2 (ro), 0.91 0.98 0.92 0 (hu), 0.96 1.00
#           0.90 2 (en).
# holdout24 (Bucharest's sectors, Voluntari, Năvodari, Sulina, Râmnicu Sărat, Adjud,
#           Comănești, Fălticeni, Dorohoi, Hârlău, Huși, Dej, Petroșani, Băilești, Caracal,
#           Roșiorii de Vede, Ialoveni, Căușeni, Istanbul, Crete, Ruse; Kőbánya, Rákospalota,
#           Érd, Budaörs, Dunakeszi, Százhalombatta, Oroszlány, Kőszeg, Marcali, Kalocsa,
#           Nagykőrös, Törökszentmiklós, Hatvan, Ózd, Sátoraljaújhely, Berettyóújfalu, Gyula,
#           Gyergyószentmiklós, Érsekújvár, Zenta; Okhtyrka, Bila Tserkva, Pavlohrad,
#           Kostiantynivka, Shebekino, Jabalia, Hebron, Baalbek, Latakia, Basra, Marib, El
#           Geneina, Kordofan, Kismayo, Tillabéri, Plateau, Ituri, Shan, Cox's Bazar, Herat,
#           Quetta, Michoacán, California), written after holdout23's fixes, blind: 0.98 0.98
#           0.81 1 (ro), 0.97 0.97 0.85 1 (hu), 0.97 1.00 0.93 0 (en).
# holdout25 (Lugoj, Lipova, Salonta, Turda, Aiud, Cisnădie, Săcele, Sighișoara, Câmpulung
#           Moldovenesc, Tecuci, Sinaia, Curtea de Argeș, Chernivtsi, Haifa, Homs, Erbil,
#           Aden, Nairobi, Seville, Lisbon, Kraków; Angyalföld, Ferencváros, Pesterzsébet,
#           Tata, Tapolca, Hévíz, Dombóvár, Szigetvár, Balassagyarmat, Tiszaújváros, Szentes,
#           Csongrád, Nagybánya, Rimaszombat, Eszék; Brovary, Ternopil, Vinnytsia, Uman,
#           Kremenchuk, Kropyvnytskyi, Chuhuiv, Huliaipole, Toretsk, Voronezh, Taganrog,
#           Nuseirat, Beit Lahia, Sidon, Maarat al-Numan, Deir ez-Zor, Duhok, Taiz, Wad
#           Madani, Mandera, Baidoa, Gao, Benue, Bamenda, Oromia, Beni, Mandalay, Uttarakhand,
#           Lahore, Kandahar, São Paulo, Valparaíso, Noto), written after holdout24's fixes,
#           blind: 0.97 1.00 0.92 1 (ro), 0.97 1.00 0.77 3 (hu), 0.93 1.00 0.93 0 (en).
# holdout26 (Beiuș, Carei, Târgu Neamț, Oltenița, Orăștie, Botanica, Ciocana, Emilia-Romagna,
#           Bavaria, London; Újpalota, Vecsés, Monor, Aszód, Mezőkövesd, Szerencs, Záhony,
#           Hajdúnánás, Karcag, Mezőtúr, Szarvas, Kistelek, Kiskunmajsa, Lajosmizse,
#           Dunaföldvár, Fonyód, Nagyatád, Lenti, Körmend, Csorna, Léva, Topolya; Irpin, Bucha,
#           Zhytomyr, Rivne, Lutsk, Khmelnytskyi, Cherkasy, Marhanets, Beryslav, Ochakiv,
#           Shostka, Siversk, Chasiv Yar, Sudzha, Ramenskoye, Raqqa, Juba, Bunia, Kaduna,
#           Timbuktu, Ouagadougou, Garissa, Medellín, Oklahoma), written after holdout25's
#           fixes, blind: 0.98 0.96 0.97 2 (ro), 0.97 0.98 0.84 1 (hu), 1.00 1.00 1.00 0 (en).
# holdout27 (Turda, Sebeș, Mediaș, Săcele, Odorheiu Secuiesc, Reghin, Fălticeni, Pașcani,
#           Sulina, Medgidia, Câmpina, Băilești, Calafat, Lipova, Petroșani, Pantelimon,
#           Voluntari, Otopeni, Bălți, Soroca, Comrat, Tiraspol, Herat, Valencia, Rhodes;
#           Zugló, Csepel, Budafok, Érd, Budaörs, Vác, Dunakeszi, Nagykőrös, Ózd,
#           Sátoraljaújhely, Mátészalka, Berettyóújfalu, Makó, Kalocsa, Komló, Marcali, Pápa,
#           Ajka, Csíkszereda, Székelyudvarhely, Újvidék, Révkomárom, Munkács, Graz;
#           Obolon, Darnytsia, Boryspil, Pavlohrad, Kostiantynivka, Vuhledar, Orikhiv, Dzhankoi,
#           Jabalia, Nablus, Marib, Omdurman, Goma, Mopti, Diffa, Zamfara, Amhara, Jalalabad,
#           Cox's Bazar, Karen State, Sulawesi, Luzon, Sinaloa, Cali, Louisiana), written after
#           holdout26's fixes, blind: 0.97 0.98 0.92 0 (ro), 0.96 1.00 0.94 1 (hu), 0.95 0.99
#           0.88 0 (en).
# holdout28 (Hungarian only: Kőbánya, Pesterzsébet, Pomáz, Gyál, Dabas, Ráckeve, Mór,
#           Várpalota, Tihany, Szentgotthárd, Kőszeg, Celldömölk, Oroszlány, Dorog, Bicske,
#           Jászapáti, Kunszentmárton, Mórahalom, Ásotthalom, Röszke, Tompa, Bácsalmás,
#           Füzesabony, Edelény, Encs, Tokaj, Vásárosnamény, Fehérgyarmat, Nagykálló,
#           Balmazújváros, Nagyenyed, Gyergyószentmiklós, Zenta, Galánta, Nagyszőllős, Split),
#           written with holdout27, blind: 0.91 1.00 0.85 0 (hu).
# holdout29 (Onești, Comănești, Moinești, Adjud, Huși, Dorohoi, Vișeu de Sus, Năsăud, Gherla,
#           Blaj, Cugir, Hațeg, Jimbolia, Motru, Horezu, Caracal, Zimnicea, Fetești, Năvodari,
#           Isaccea, Bragadiru, Chitila, Edineț, Hîncești, Reni, Bolhrad, Derna, Kano, Porto,
#           Rzeszów; Rákosmente, Kelenföld, Soroksár, Százhalombatta, Veresegyház, Fót,
#           Nagykáta, Abony, Kiskunfélegyháza, Dunaharaszti, Bonyhád, Siklós, Barcs, Csurgó,
#           Zalaszentgrót, Sárvár, Zirc, Kisbér, Szob, Pásztó, Bátonyterenye, Tiszavasvári,
#           Nádudvar, Szeghalom, Sarkad, Brassó, Eszék, Dnyipro, Nápoly; Sviatoshynskyi,
#           Solomianskyi, Bila Tserkva, Fastiv, Vyshhorod, Okhtyrka, Konotop, Izium,
#           Balakliia, Lozova, Lyman, Avdiivka, Kurakhove, Selydove, Myrnohrad, Bilozerka,
#           Chornomorsk, Rylsk, Engels, Tuapse, Nuseirat, Bureij, Tubas, Qalqilya, Kadugli,
#           Bangui, Bukavu, Beledweyne, Mekelle, Bannu, Jammu, Sittwe, Cotabato, Cauca,
#           Guayaquil, Kentucky), written after holdout27's fixes, blind: 0.99 0.98 0.86 4
#           (ro), 0.98 0.99 0.85 0 (hu), 0.98 1.00 0.95 1 (en).
# holdout30 (Hungarian only: Budakeszi, Biatorbágy, Pilisvörösvár, Tahitótfalu, Göd,
#           Albertirsa, Ócsa, Solt, Tab, Balatonboglár, Letenye, Kapuvár, Pannonhalma,
#           Sárbogárd, Adony, Putnok, Nyírbátor, Túrkeve, Martfű, Losonc, Ankara, Kréta,
#           Brno), written with holdout29, blind: 0.92 0.98 0.94 0 (hu).
# holdout31 (Râmnicu Sărat, Nehoiu, Pătârlagele, Odobești, Ianca, Târgu Bujor, Babadag, Eforie,
#           Techirghiol, Țăndărei, Lehliu, Bolintin, Videle, Mioveni, Băile Olănești, Brezoi,
#           Avrig, Codlea, Zărnești, Azuga, Vălenii de Munte, Băicoi, Marghita, Șimleu
#           Silvaniei, Negrești-Oaș, Baia Sprie, Râșcani, Buiucani, Ialoveni, Anenii Noi,
#           Cimișlia, Ceadîr-Lunga, Tabriz, Kahramanmaraș; Rákoskeresztúr, Csillaghegy,
#           Pasarét, Pilisborosjenő, Üröm, Isaszeg, Maglód, Üllő, Gyömrő, Jászárokszállás,
#           Bükkszentkereszt, Diósgyőr, Sajószentpéter, Szikszó, Gönc, Balkány, Kemecse, Csenger,
#           Hajdúhadház, Téglás, Tiszacsege, Kunhegyes, Kisújszállás, Dévaványa, Gyomaendrőd,
#           Mezőberény, Tótkomlós, Sándorfalva, Izsák, Kecel, Harkány, München; Podil,
#           Hostomel, Nizhyn, Trostianets, Zolochiv, Borova, Druzhkivka, Dobropillia, Vasylivka,
#           Hola Prystan, Lgov, Klintsy, Kaluga, Podolsk, Feodosia, Beit Hanoun, Hama, Sinjar,
#           Nyala, Malakal, Sokoto, Menaka, Kidal, Turbat, Kunduz, Badakhshan, Srinagar,
#           Chhattisgarh, Marawi, Cianjur, Cap-Haïtien, Culiacán, Honduras, Chicago), written
#           after holdout29's fixes, blind: 0.96 1.00 0.82 0 (ro), 0.98 0.97 0.76 1 (hu), 0.97
#           0.99 1.00 0 (en).
# holdout32 (Hungarian only: Pestszentlőrinc, Mátyásföld, Békásmegyer, Törökbálint, Diósd,
#           Ercsi, Martonvásár, Gárdony, Enying, Balatonalmádi, Herend, Sümeg, Badacsonytomaj,
#           Őriszentpéter, Vasvár, Tét, Hegyeshalom, Fertőd, Visegrád, Rétság, Kál, Tamási,
#           Szicília, Krakkó), written with holdout31, blind: 0.93 0.98 0.90 0 (hu).
# holdout33 (Beclean, Sângeorz-Băi, Toplița, Borsec, Bălan, Siret, Solca, Săveni, Flămânzi,
#           Podu Iloaiei, Murgeni, Făurei, Pogoanele, Amara, Hârșova, Murfatlar, Ovidiu,
#           Mamaia, Balș, Drăgănești-Olt, Filiași, Segarcea, Orșova, Baia de Aramă, Rovinari,
#           Vulcan, Lupeni, Uricani, Simeria, Ilia, Nădlac, Telecentru, Sculeni, Rezina,
#           Florești, Bender, Kilia, Ashkelon, Evia, Alberta; Hegyvidék, Rákosszentmihály,
#           Pesthidegkút, Budatétény, Solymár, Budakalász, Leányfalu, Dunabogdány, Nagymaros,
#           Verőce, Szokolya, Diósjenő, Romhány, Szécsény, Mátrafüred, Parádsasvár, Recsk,
#           Bélapátfalva, Szilvásvárad, Lillafüred, Bükkábrány, Emőd, Mezőcsát, Tiszalúc,
#           Tarcal, Mád, Pácin, Nyírbogdány, Nyírtelek, Újfehértó, Hajdúdorog, Abádszalók,
#           Kisköre, Jászladány, Rákóczifalva, Kerekegyháza, Fülöpháza, Jánoshalma, Mélykút,
#           Bácsbokod, Tápé, Kiskundorozsma, Mindszent, Szegvár, Battonya, Mezőkovácsháza,
#           Doboz, Vésztő, Biharkeresztes, Létavértes, Bánffyhunyad, Érmihályfalva,
#           Magyarkanizsa, Királyhelmec, Lendva; Dniprovskyi, Desnianskyi, Myrhorod, Lubny,
#           Romny, Bohodukhiv, Vovchansk, Velyka Novosilka, Stepnohirsk, Antonivka, Pivdennyi,
#           Bilhorod-Dnistrovskyi, Kovel, Grayvoron, Oryol, Lipetsk, Tambov, Saky, Yevpatoria,
#           Uvira, Zinder, Gwoza, Jos, Galkayo, Gondar, Kurram, Nangarhar, Jharkhand, Palu,
#           Zamboanga, Delmas, Zacatecas, Guanajuato, Caracas, Alabama), written after
#           holdout31's fixes, blind: 0.97 1.00 0.86 1 (ro), 0.94 1.00 0.93 0 (hu), 0.97 0.99
#           0.96 0 (en).
# holdout34 (Hungarian only: Mogyoród, Kerepes, Kistarcsa, Csömör, Pécel, Nyáregyháza, Örkény,
#           Szank, Kelebia, Vaskút, Bóly, Villány, Sásd, Kaposmérő, Balatonlelle, Zalakaros,
#           Bük, Abony), written with holdout33, blind: 0.99 0.98 0.90 0 (hu).
# holdout35 (Oravița, Anina, Moldova Nouă, Băile Herculane, Mehadia, Făget, Buziaș, Deta,
#           Chișineu-Criș, Pâncota, Ștei, Aleșd, Valea lui Mihai, Tășnad, Cehu Silvaniei,
#           Jibou, Târgu Lăpuș, Șomcuta Mare, Seini, Dragomirești, Sovata, Luduș, Târnăveni,
#           Iernut, Ocna Mureș, Abrud, Câmpeni, Zlatna, Călan, Agnita, Dumbrăveni, Rupea,
#           Victoria, Întorsura Buzăului, Covasna, Târgu Secuiesc, Baraolt, Durlești, Leova,
#           Basarabeasca, Ocnița, Netanya, Isfahan, Lyon, Hamburg; Rákosliget, Sashalom,
#           Gazdagrét, Albertfalva, Pilisszentiván, Piliscsaba, Tinnye, Páty, Telki, Budajenő,
#           Nagykovácsi, Zebegény, Kismaros, Sződliget, Őrbottyán, Vácrátót, Galgamácsa, Tura,
#           Boldog, Lőrinci, Apc, Mátraverebély, Kisterenye, Somoskőújfalu, Rudabánya, Szendrő,
#           Tornanádaska, Hidasnémeti, Abaújszántó, Sóstó, Máriapócs, Tiszabecs, Józsa,
#           Hajdúsámson, Hortobágy, Poroszló, Kunmadaras, Kondoros, Királyhegyes, Nagylak,
#           Székelykeresztúr, Ada, Rozsnyó, Toszkána, Andalúzia, Burgenland; Troieshchyna,
#           Korosten, Volodymyr, Chortkiv, Starokostiantyniv, Kalynivka, Smila, Oleksandriia,
#           Zelenodolsk, Novomoskovsk, Synelnykove, Krasnopillia, Bilopillia, Hlukhiv,
#           Novhorod-Siverskyi, Polohy, Nova Kakhovka, Voznesensk, Valuyki, Smolensk, Tver,
#           Kerch, Anbar, Saada, Ed Daein, Bentiu, Rutshuru, Djibo, Niger State, Afar, North
#           Waziristan, Maungdaw, Mississippi), written after holdout33's fixes, blind: 0.99
#           1.00 0.91 1 (ro), 0.94 1.00 0.94 0 (hu), 0.97 1.00 0.92 0 (en).
# holdout36 (Hungarian only: Újlipótváros, Sződ, Lábatlan, Kiskunlacháza, Dunavarsány, Marokkó,
#           Egyiptom), written with holdout35, blind: 0.98 1.00 0.97 0 (hu).
# holdout37 (Pașcani, Hârlău, Săveni, Rădăuți, Fălticeni, Moinești, Comănești, Negrești,
#           Mărășești, Însurăței, Măcin, Isaccea, Sulina, Babadag, Comrat, Reni, Khan Younis,
#           Idlib, El Fasher, Hatay, Ahmedabad; Hajdúnánás, Balmazújváros, Püspökladány,
#           Nagykálló, Fehérgyarmat, Vásárosnamény, Záhony, Kisújszállás, Jászapáti, Túrkeve,
#           Mezőkovácsháza, Sarkad, Füzesabony, Diósgyőr, Sárospatak, Csíkszereda, Munkács,
#           Dunaszerdahely, Zágráb, Haifa, Aleppó, Izmir; Deir al-Balah, Jabalia, Nabatieh,
#           Baalbek, Latakia, Kirkuk, Hodeidah, Omdurman, Port Sudan, Juba, Bukavu, Kano,
#           Timbuktu, Gondar, Quetta, Imphal, Mandalay, Cotabato, Culiacán, Cauca, Southport),
#           written after holdout35's fixes, blind: 0.99 1.00 0.89 1 (ro), 0.98 1.00 0.89 3
#           (hu), 0.97 0.99 0.97 0 (en).
# holdout38 (Romanian only: Berceni, Colentina, Militari, Hârșova, Fetești, Zimnicea, Balș,
#           Corabia, Băilești, Motru, Rovinari, Horezu, Mioveni, Pucioasa, Găești, Nehoiu,
#           Vidin, Niš, Sanaa, Sinaloa), written with holdout37, blind: 0.96 1.00 0.96 1 (ro).
# holdout39 (Florești, Mănăștur, Câmpia Turzii, Huedin, Negrești-Oaș, Baia Sprie, Vișeu de Sus,
#           Lipova, Jimbolia, Lupeni, Vulcan, Cisnădie, Săcele, Codlea, Râșnov, Toplița,
#           Cantemir, Drochia, Edineț, Ashkelon, Beit Lahia, Tabriz, Rzeszów; Komló, Siklós,
#           Barcs, Nagyatád, Csurgó, Fonyód, Balatonboglár, Tamási, Bonyhád, Jánoshalma,
#           Bácsalmás, Mórahalom, Ásotthalom, Sárbogárd, Enying, Lenti, Körmend, Csorna,
#           Eszék, Pélmonostor, Lendva, Muraszombat, Felsőőr, Kismarton; Przemyśl, Košice,
#           Ostrava, Magdeburg, Solingen, Paiporta, Brandizzo, Larissa, Tempi, Kahramanmaraş,
#           Ganja, Aktau, Makhachkala, Novi Sad, Kočani, Cetinje, Jablanica, Crevedia, Burgas),
#           written after holdout37's fixes were begun (at 6ea9f18), blind: 0.97 1.00 0.81 3
#           (ro), 0.97 0.98 0.97 2 (hu), 0.97 0.97 0.88 1 (en).
# holdout40 (Hungarian only: Józsefváros, Kőbánya, Rákoskeresztúr, Pesterzsébet, Angyalföld,
#           Békásmegyer, Budakalász, Isaszeg, Maglód, Ócsa, Dabas, Dunapataj, Harta,
#           Kiskunmajsa, Csólyospálos, Mindszent, Szegvár, Tiszakécske, Martfű, Újszász,
#           Jászladány, Recsk, Parád, Bélapátfalva, Szilvásvárad, Ónod, Mezőcsát, Tiszacsege,
#           Ártánd, Biharkeresztes, Tiszalök, Nyírtelek, Ibrány, Zenta, Topolya, Érsekújvár),
#           written with holdout39, blind: 0.97 1.00 0.88 1 (hu).
# holdout41 (Rahova, Ferentari, Drumul Taberei, Voluntari, Popești-Leordeni, Chitila, Otopeni,
#           Bragadiru, Măgurele, Buftea, Blejoi, Vălenii de Munte, Comarnic, Azuga, Moreni,
#           Titu, Bolintin-Vale, Lehliu-Gară, Țăndărei, Pătârlagele, Mizil, Urlați,
#           Topoloveni, Brezoi, Tismana, Novaci, Filiași, Segarcea, Hîncești, Strășeni,
#           Nisporeni, Căușeni, Tiraspol, Bender, Sidon, Noto; Pasarét, Hűvösvölgy,
#           Lágymányos, Budafok, Ménfőcsanak, Oroszlány, Dorog, Diósd, Ercsi, Adony, Hajós,
#           Kecel, Soltvadkert, Tompa, Tápé, Sándorfalva, Battonya, Mezőhegyes, Gyomaendrőd,
#           Dévaványa, Vésztő, Derecske, Létavértes, Nyíradony, Csenger, Nagykároly,
#           Nagybecskerek, Nagyszőlős, Huszt, Tőketerebes, Eilat, Csengtu; Lahaina, Uvalde,
#           Lewiston, Asheville, Kerr County, Joplin, Jasper, Acapulco, Escuintla, Guayaquil,
#           Arequipa, Viña del Mar, Bahía Blanca, Canoas, Lismore, Enga, Padang, Wajima,
#           Itaewon, Muan, Meizhou, Zhuhai, Hualien, Lao Cai), written after holdout39's
#           fixes, blind at c4d1261: 0.93 0.98 0.83 0 (ro), 0.95 0.98 0.90 2 (hu), 0.95 0.98
#           1.00 1 (en).
# holdout42 (English only: Zamfara, Mokwa, Tillaberi, Bamenda, Bangui, Mocímboa da Praia,
#           Derna, Sfax, Minya, Hamdaniya, Kerman, Sweida, Be'eri, Majdal Shams, Tulkarm,
#           Nuseirat, Beit Hanoun, Marib, Bajaur, Wayanad, Balasore, Hathras), written with
#           holdout41, blind at c4d1261: 0.98 1.00 0.92 1 (en).
# holdout43 (Buhuși, Dărmănești, Slănic-Moldova, Târgu Ocna, Bicaz, Roznov, Gura Humorului,
#           Siret, Solca, Vicovu de Sus, Flămânzi, Podu Iloaiei, Murgeni, Odobești, Panciu,
#           Berești, Târgu Bujor, Ianca, Făurei, Mahmudia, Murighiol, Eforie, Techirghiol,
#           Ovidiu, Negru Vodă, Vama Veche, Anenii Noi, Criuleni, Dubăsari, Rîbnița, Glodeni,
#           Fălești, Telenești, Șoldănești, Pivdenne, Ochakiv, Marhanets, Batumi; Rákospalota,
#           Rákosmente, Svábhegy, Halásztelek, Tököl, Szigethalom, Délegyháza, Bánhida, Kisbér,
#           Ács, Bábolna, Nagyigmánd, Gyirmót, Pannonhalma, Tét, Celldömölk, Jánosháza, Sümeg,
#           Zalaszentgrót, Hévíz, Tihany, Révfülöp, Badacsony, Zamárdi, Balatonföldvár,
#           Szántód, Toponár, Szentlőrinc, Sellye, Harkány, Brünn, Krakkó, Hurghada, Phuket;
#           Huliaipole, Druzhkivka, Balakliia, Chuhuiv, Shostka, Konotop, Pryluky, Kremenchuk,
#           Shebekino, Sudzha, Taganrog, Novorossiysk, Tuapse, Engels, Feodosia, Dzhankoi),
#           written after holdout41's fixes, blind at 6bca3ea: 0.96 1.00 0.96 0 (ro), 0.91
#           1.00 0.88 2 (hu), 0.98 1.00 0.91 3 (en).
# holdout44 (Romanian only: Domnești, Rucăr, Fieni, Plopeni, Boldești-Scăeni, Drăgănești-Olt,
#           Scornicești, Potcoava, Strehaia, Vânju Mare, Baia de Aramă, Țicleni, Bălcești,
#           Băbeni, Geoagiu, Uricani, Aninoasa, Teiuș, Baia de Arieș, Gilău, Apahida,
#           Beclean, Sângeorz-Băi, Ulmeni, Cavnic, Livada, Ardud, Săcueni, Nucet, Curtici,
#           Nădlac, Recaș, Ciacova, Gătaia, Bocșa, Vršac, Zrenjanin, Pleven, Montana,
#           Ivano-Frankivsk), written with holdout43, blind at 6bca3ea: 0.99 1.00 0.90 1 (ro).
# holdout45 (Fierbinți-Târg, Ocnele Mari, Tălmaciu, Ocna Sibiului, Avrig, Zărnești, Ghimbav,
#           Prejmer, Bălan, Borsec, Vlăhița, Rhodes; Avas, Lillafüred, Sajószentpéter, Encs,
#           Szikszó, Tokaj, Tarcal, Kemecse, Baktalórántháza, Nagyecsed, Kunhegyes,
#           Jászárokszállás, Mátrafüred, Rétság, Szécsény, Nagybánya, Zilah, Rimaszombat,
#           Losonc, Rodosz; Hartlepool, Huddersfield, Arras, Annecy, Mayotte, Liège,
#           Mannheim, Aschaffenburg, Bielefeld, Brienz, Villach, Emilia-Romagna, Örebro,
#           Vantaa), written after holdout43's fixes, blind at 45c0c79: 0.98 0.98 0.81 0
#           (ro), 0.93 1.00 0.93 1 (hu), 0.94 1.00 1.00 3 (en).
# holdout46 (Hungarian only: Csillaghegy, Pestszentlőrinc, Budavári Palota, Margitsziget,
#           Alsónémedi, Taksony, Tárnok, Sóskút, Tök, Perbál, Üröm, Pilisborosjenő,
#           Leányfalu, Tahitótfalu, Visegrád, Dömös, Aszód, Nagykáta, Tápiószele, Párkány,
#           Nickelsdorf), written with holdout45, blind at 45c0c79: 0.92 0.98 0.82 1 (hu).
# holdout47 (Băneasa, Pipera, Crângași, Giulești, Corbeanca, Ștefăneștii de Jos, Afumați,
#           Glina, Cernica, Jilava, Chiajna, Mogoșoaia, Băicoi, Valea Călugărească, Nereju,
#           Vidra, Pechea, Răducăneni, Hațeg, Ialoveni, Ashdod, Kerala; Erzsébetváros,
#           Terézváros, Belváros, Újbuda, Balatonalmádi, Székelyudvarhely, Brassó; Sderot,
#           Kiryat Shmona, Nahariya, al-Mawasi, Hebron, Ramallah, Qalqilya, Dahiyeh, Bint
#           Jbeil, Hama, Tartus, Daraa, Raqqa, Qamishli, Basra, Shiraz, Natanz, Kermanshah,
#           Taiz, Amman, Sinai), written after holdout45's fixes, blind at 6dbca39: 0.98 1.00
#           0.83 0 (ro), 0.98 0.97 0.94 1 (hu), 0.95 1.00 0.96 0 (en).
# holdout48 (Romanian only: Sântana, Pecica, Simeria, Copșa Mică, Cristuru Secuiesc, Verona,
#           Castellón, Almería, Stuttgart, Nuremberg, Salzburg), written with holdout47,
#           blind at 6dbca39: 0.98 1.00 0.91 1 (ro).
# holdout49 (Mamaia, Lumina, Cumpăna, Agigea, Costinești, Limanu, Cobadin, Topraisar,
#           Crișan, Niculițel, Modelu, Chiselet, Cosâmbești, Chiscani, Tichilești, Cudalbi,
#           Tulucești, Gugești, Vernești, Pârscov, Leordeni, Bascov, Izbiceni, Vișina, Goicea,
#           Poiana Mare, Gura Văii, Eșelnița, Bozovici, Berzasca, Vadul lui Vodă,
#           Ceadîr-Lunga, Taraclia, Cimișlia, Vylkove, Kiliia, Tatarbunary, Chornomorsk,
#           Yuzhne, Sochi, Trabzon, Samsun, Poti, Balchik, Kavarna, Dobrich, Limassol,
#           Benghazi; Corvin-negyed, Népliget, Városliget, Pestújhely, Mátyásföld,
#           Rákoscsaba, Pestszentimre, Budatétény, Veresegyház, Martonvásár, Gárdony, Agárd;
#           Zhengzhou, Harbin, Gansu, Sapporo, Kumamoto, Ishikawa, Daegu, Gwangju, Hwaseong,
#           Osong, Kaohsiung, Taichung, Tacloban, Haiphong, Quang Ninh, Nong Bua Lamphu,
#           Surabaya, Sagaing, Rakhine, Vientiane), written after holdout47's fixes, blind at
#           45c3daf: 0.97 1.00 0.92 1 (ro), 0.95 1.00 0.90 1 (hu), 0.95 1.00 0.93 0 (en).
# holdout50 (Romanian only: Darabani, Broșteni, Briceni, Dondușeni, Rîșcani, Sîngerei, Herța,
#           Storojineț, Hliboka, Noua Suliță, Kamianets-Podilskyi, Zaragoza, Bologna), written
#           with holdout49, blind at 45c3daf: 0.99 1.00 0.96 2 (ro).
# holdout51 (Ocna Șugatag, Săpânța, Poiana Brașov; Tarján, Kiskundorozsma, Szőreg,
#           Hetényegyháza, Uránváros, Letenye, Szentgotthárd, Türosz, Iszfahán; Brooklyn, the
#           Bronx, Pittsburgh, El Paso, Oakland, Sacramento, Milwaukee, Louisville, Albuquerque,
#           Anchorage, Honolulu, San Juan, Winnipeg, Halifax, Monterrey, Michoacán), written
#           after holdout49's fixes were begun (at f63a803), blind: 0.98 1.00 0.89 0 (ro),
#           0.96 0.98 1.00 0 (hu), 0.99 1.00 0.95 2 (en).
# holdout52 (Hungarian only: Kramatorszk, Szlovjanszk, Kosztyantinyivka, Kremencsuk, Krivij
#           Rih, Nyikopol, Rahó, Técső, Csap, Szevasztopol, Máramarossziget, Beregsurány,
#           Barabás), written with holdout51, blind at f63a803: 0.95 0.98 0.95 0 (hu).
# holdout53 (Vulcănești, Kabul, Delhi; Hajdúdorog, Hajdúhadház, Téglás, Kaba,
#           Jászfényszaru, Mezőberény, Érmihályfalva, Margitta, Nagykapos; Wad Madani, El
#           Obeid, Malakal, Baidoa, Beledweyne, Garissa, Mandera, Beni, Bunia, Barsalogho,
#           Mopti, Maroua, Al Haouz, Blantyre), written after holdout51's fixes, blind at
#           9757583: 1.00 0.98 0.94 1 (ro), 0.89 1.00 0.77 0 (hu), 0.93 1.00 0.97 1 (en).
# holdout54 (English only: Antakya, Evros, Mostar, Pristina, Chechnya), written with
#           holdout53, blind at 9757583: 0.96 1.00 0.96 2 (en).
# holdout55 (Sânmartin, Băile Felix, Crasna, Baciu, Feleacu, Sângeorgiu de Mureș, Praid, Bran,
#           Titan, Dristor, Cotroceni, Botanica, Corfu, Sunny Beach, Sevilla, Köln; Víziváros,
#           Rózsadomb, Zugliget, Wekerletelep; Veracruz, Oaxaca, Sonora, San Salvador,
#           Tegucigalpa, San Pedro Sula, Managua, Catatumbo, Cúcuta, Maracaibo, Esmeraldas,
#           Cusco, Cochabamba, Valparaíso, Rosario, Recife, Manaus, Cap-Haïtien, Santo
#           Domingo, Kingston), written after holdout53's fixes, blind at e1e8b4a: 0.98 0.98
#           0.96 1 (ro), 0.96 1.00 0.95 1 (hu), 0.97 1.00 0.96 0 (en).
# holdout56 (Romanian only: Kladovo, Negotin, Lom, Silistra), written with holdout55, blind at
#           e1e8b4a: 0.97 1.00 0.91 1 (ro).
# holdout57 (Pașcani, Motca, Marginea, Volovăț, Rădăuți, Bălți, Scampia, Paiporta, Mokwa,
#           Gorakhpur, Eforie Nord; Csorna, Kassa, Ninive, Szabadka, Munkács, Eszék, Komló,
#           Dunaszerdahely; Konduga, Tillaberi, Kufra, Renk, Dembecha, Finote Selam, Dadaab,
#           Komatipoort, Badakhshan, Mingora, Gazipur, Nuwakot, Lukla, Ragama) and holdout58
#           (Romanian only: Oltenița, Fetești, Izmail, Reni, Plauru, Berceni, Colentina, Drumul
#           Taberei, Vălenii de Munte, Mizil, Lupeni, Petrila, Chiajna, Militari, Jimbolia,
#           Ruse), written after holdout55's fixes, blind at 3bffc1d: 0.95 0.98 0.91 1 (ro),
#           0.90 0.96 1.00 0 (hu), 0.95 0.98 0.96 0 (en); holdout58 0.96 1.00 0.90 1 (ro).
# holdout59 (Florești, Huedin, Săcele, Drochia, Cimișlia, Sidon, Homs, Ninive, Hyogo, River
#           North; Hódmezővásárhely, Makó, Kiskunhalas, Manbidzs, Küçükçekmece, Tempi, Campi
#           Flegrei, Pozzuoli, Killeen, Kłodzko; Pont-Sondé, Artibonite, Spanish Town, May Pen,
#           Urubamba, Quilpué, Villa Crespo, Dorrigo, Lismore, Rolleston, Lae, Nausori,
#           Revelstoke, Holdenville) and holdout60 (English only: Jabalia, Sderot, Tulkarm,
#           Nabatieh, Baalbek, Manbij, Kerman, Sagaing, Kyaukphyu, Narathiwat, Cagayan de Oro,
#           Bantayan, Puncak, Wajima, Suzu), written after holdout57's first fixes, blind at
#           b762ac1: 0.96 0.98 0.95 2 (ro), 0.94 1.00 0.96 0 (hu), 0.93 1.00 0.82 2 (en);
#           holdout60 0.98 1.00 0.95 0 (en).
# holdout61 (Mioveni, Ovidiu, Techirghiol, Vama Veche, Ialoveni, Mahmudia, El Ejido, Bergama,
#           Chitwan, Ernakulam, Slobozia Conachi; Budakalász, Pomáz, Kőbánya, Favoriten,
#           Magyarkanizsa, Predeál, Spandau, Csiba, Celaya; Moyross, Wilhelmsburg, Alhaurín el
#           Grande, Ercolano, Valais, Örebro, Södermalm, Frederikshavn, Lindos, Konjic) and
#           holdout62 (Hungarian only: Berettyóújfalu, Torda, Hajdúság, Balmazújváros,
#           Gyergyószentmiklós, Tiszapalkonya, Polgár, Sarkad, Abádszalók, Brjanszk), written
#           after holdout59's first fixes, blind at e582396: 0.95 1.00 0.84 0 (ro), 0.89 0.95
#           1.00 0 (hu), 0.97 1.00 0.95 1 (en); holdout62 0.94 1.00 1.00 1 (hu).
# holdout63 (Beiuș, Vișeu de Sus, Botanica, Holon, Bandar Abbas, Paleochora, Cugir,
#           Riverside; Lajosmizse, Dunaföldvár, Vukovár, Zombor, Pécska, Rimaszombat, Rozsnyó,
#           Nabatíje, Al-Hoszejma, Blumenau; Rampur, Kullu, Khar, Mir Ali, Ghandruk, Gampola,
#           Depayin, Chalong, Oddar Meanchey, Thu Duc, Semporna, Mataram, Hutt Valley, Picton,
#           Nergundi) and holdout64 (Romanian only: Făget, Bocșa, Isaccea, Craiovița Nouă,
#           Zrenjanin, Buiucani, Rovinari, Kladovo, Anderlecht, Horezu, Parramatta), written
#           after holdout61's first fixes, blind at 9f00a15: 0.97 1.00 0.97 1 (ro), 0.94 0.95
#           0.95 0 (hu), 0.87 1.00 1.00 2 (en); holdout64 0.95 0.98 0.90 2 (ro).
# holdout65 (Câmpulung Moldovenesc, Peresecina, Bender, Dubăsari, Kerman, Goma; Szikszó,
#           Bátonyterenye, Rozsnyó, Nowa Huta, Nuszeirát, Mentoukou; Lytton, Villa Altagracia,
#           Río Piedras, New Providence, Buncombe County, Clairton, Morelia) and holdout66
#           (English only: Danmusa, Makurdi, Maroua, Nnewi, Baboua, Bamenda, Elubo, Takoradi,
#           Nzerekore), written after holdout63's first fixes, blind at 481f826: 0.95 1.00
#           1.00 0 (ro), 0.87 1.00 0.88 0 (hu), 0.87 1.00 0.90 0 (en); holdout66 0.98 1.00
#           0.93 1 (en).
# holdout67 (Ialoveni, Strășeni, Măneciu, Slănic, Huancayo, Davao Oriental; Zsámbék, Tök,
#           Pilisszentiván, Hajós, Majadin, Ljari, Kiszombor, Gádoros, Nagyszénás; Manningham,
#           Bogside, Newry, Oughterard, Salthill, Fort William, Invermoriston, Foleshill) and
#           holdout68 (Hungarian only: Maui, Guerrero, Fokváros, Ouarzazate, Herát, Wayanad),
#           written with holdout65, blind at c04d3fe (the extraction of 481f826): 0.95 1.00
#           1.00 2 (ro), 0.92 1.00 0.95 0 (hu), 0.80 1.00 1.00 3 (en); holdout68 0.88 0.95 0.96
#           0 (hu).
# holdout69 (Ramat Gan, Faliraki, Ialysos, Kerrville, Torbalı, Catarroja, Șebekino,
#           Prayagraj; Budaörs, Józsefváros, Erzsébetváros, Sındırgı, Szada; Shebekino,
#           Taganrog, Velyki Birky, Enerhodar, Sviatoshynskyi district, Nizhyn, Pavlovsk) and
#           holdout70 (Romanian only, with many numbers that are no casualties: Mălureni,
#           Ciucea, Scânteia, Crișan, Vama, Dumbrava Roșie), written after holdout65's fixes,
#           blind at f2714a0: 0.96 1.00 0.93 0 (ro), 1.00 1.00 0.95 0 (hu), 0.99 1.00 0.96 0
#           (en); holdout70 0.99 1.00 0.90 0 (ro).
# holdout71 (Băicoi, Sânmartin, Cantemir, Sîngerei, Fălești, Miroslava, Ciurea, Ghimbav,
#           Agigea, Cumpăna, Jucu, Roznov, Tălmaciu, Topoloveni, Balotești; Nagymegyer,
#           Felsőőr, Szlavónia, Vörösmart, Szászrégen, Farkaslaka, Tiszaújlak; Jamundí,
#           Popayán, Durán, Juliaca, Escuintla) and holdout72 (Romanian only: Telenești,
#           Șoldănești, Cetatea Albă, Giurgiulești, Glodeni, Slobozia Mare, Storojineț, Ropcea,
#           Herța, Ceadîr-Lunga, Vîlcov, Bolgrad), written after holdout69's first fixes, blind
#           at ce32351: 0.99 1.00 0.95 3 (ro), 0.95 1.00 1.00 2 (hu), 0.96 1.00 0.89 0 (en);
#           holdout72 0.90 1.00 0.92 0 (ro).
# holdout73 (Cudalbi, Pechea, Nereju, Bărcănești, Giroc, Crevedia, Dolhasca; Hodeida,
#           Szarobi, Dzsalálábád, Vadzsima, Szuzu; Rylsk, Beit Lahiya, Rosas, al-Bab, Karbala)
#           and holdout74 (English only, many numbers that are no casualties: Akron, Kissimmee,
#           Clovis, Pima County, Lehigh County, Luton), written after holdout71's first fixes,
#           blind at 47a138e: 0.96 0.98 0.96 0 (ro), 0.92 1.00 0.90 2 (hu), 0.98 1.00 0.91 0
#           (en); holdout74 0.88 0.98 0.94 1 (en).
# holdout75 (Negrești-Oaș, Beclean, Panciu, Lehliu-Gară; Hajdúböszörmény, Körmend,
#           Szentgotthárd; Jableh, Kiryat Bialik, Nesher, Lashio, Myawaddy, Marhanets, Tuapse)
#           and holdout76 (Hungarian only, many numbers that are no casualties: Nagykáta,
#           Abony, Öskü, Tamási), written after holdout73's first fixes, blind at e2185c8: 0.95
#           1.00 0.81 1 (ro), 0.99 1.00 0.90 2 (hu), 0.91 1.00 1.00 2 (en); holdout76 0.98 1.00
#           0.86 1 (hu).
# holdout77 (Huelva, Castellón, Thassos, Kemer, Ierihon; Böhönye, Letenye, Celldömölk,
#           Devecser, Kapospula, Soltvadkert, Tiszaszalka, Putnok, Darnyica; Chatuchak, Amizmiz,
#           Jajarkot, Istiaia, Yambali, Wabag) and holdout78 (Romanian only, police and fire
#           statements: Moreni, Drăgănești, Fălticeni), written after holdout75's first fixes,
#           blind at a795a95: 0.96 1.00 0.82 2 (ro), 0.96 1.00 0.79 3 (hu), 0.82 1.00 0.97 0
#           (en); holdout78 0.98 1.00 0.90 1 (ro).
# holdout79 (Ciolpani, Poșta Veche, Tătărași, Copou, Fratelia, Floreasca, Freidorf, Palazu
#           Mare, Brazda lui Novac, Răcădău, Țiglina, Mărăști, Mănăștur, Sculeni; Óbuda-
#           Békásmegyer, Budafok-Tétény, Pestszentlőrinc, Rákospalota, Rákosmente; Gusau,
#           Malumfashi, Minna, Buni Yadi, Kaya, Tawila, Mai Mahiu) and holdout80 (Hungarian
#           only: Csíkcsicsó, Korond, Szentegyháza, Monostor, Vinga, Kézdiszentlélek, Barót),
#           written after holdout77's first fixes, blind at 4d648c6: 0.89 0.98 0.86 0 (ro),
#           0.97 1.00 0.95 0 (hu), 0.93 1.00 0.94 0 (en); holdout80 0.91 0.98 0.90 1 (hu).
# holdout81 (Uricani, Copșa Mică, Sângeorgiu de Pădure, Vlăhița, Cajvana, Dorna
#           Candrenilor, Solca, Flămânzi, Murgeni, Liești; Zamárdi, Balatonlelle, Pannonhalma,
#           Écs, Algyő, Mindszent, Zsolna; Cianjur, Juru, Baiyun District, Muan, Dharali,
#           Uttarkashi, Harsil, Sivakasi) and holdout82 (Romanian only: Obolon, Șebekino), written
#           after holdout79's first fixes, blind at c107666: 0.97 0.98 0.85 5 (ro), 0.91 0.98
#           0.83 1 (hu), 0.88 1.00 0.92 0 (en); holdout82 0.98 1.00 1.00 0 (ro).
# holdout83 (Hârlău, Podu Iloaiei, Dărmănești, Târgu Ocna, Odobești, Ianca, Urlați, Fieni,
#           Țăndărei; Vámosgyörk, Dunaszentbenedek, Kemecse, Derecske; Wentzville, Shell Beach,
#           Slidell, Elizabethtown, Pueblo, Bellevue) and holdout84 (English only, tolls split
#           by role and nationality: Glushkovo, Binyamina, Nahariya, Hadera, al-Mawasi,
#           Shejaiya), written after holdout81's first fixes, blind at 45835c3: 0.99 1.00 0.85
#           1 (ro), 0.97 1.00 0.83 0 (hu), 0.93 1.00 0.90 5 (en); holdout84 0.97 1.00 1.00 0
#           (en).
# holdout85 (any region, words for death and harm varied on purpose) and holdout86
#           (Romanian only, victims named by kin and trade), written after the last fixes of
#           this round, blind at 9f1f67a: 0.95 1.00 0.94 3 (ro), 0.94 0.98 0.90 1 (hu), 0.93
#           1.00 0.87 1 (en); holdout86 0.96 1.00 0.86 1 (ro).
# holdout87 (Moldavia and Bukovina, Transdanubia, Africa, the Middle East and Latin
#           America: Rădăuți, Vatra Dornei, Pașcani, Jastrzębie-Zdrój; Siófok, Uránváros,
#           Maiduguri, Bet Lahija; Barsalogho, Irapuato, Sanaa) and holdout88 (Hungarian
#           only, Budapest, Pest county and the war in Ukraine: Szentendre, Vác, Herszon,
#           Sosztka), blind at fcf1c99: 0.99 1.00 0.88 2 (ro), 0.92 1.00 0.89 2 (hu), 0.96
#           0.99 0.96 0 (en); holdout88 0.96 1.00 0.80 0 (hu).
# holdout89 (Oltenia and Muntenia, the Great Plain and Vojvodina, South and Southeast Asia
#           and Oceania: Câmpulung, Trivale, Halandri, Ruse; Jászberény, Sajóivánka, Silivri,
#           Donja Jablanica; Barabanki, Kathmandu, Camarines Sur, Dunkeld) and holdout90
#           (Romanian only, Moldova and the war in Ukraine: Slobozia Mare, Izmail, Zaporojie),
#           written after holdout87's fixes, blind at ff772a2: 0.95 1.00 0.90 2 (ro), 0.94
#           1.00 0.72 2 (hu), 0.81 0.98 0.96 3 (en); holdout90 0.94 1.00 0.96 0 (ro).
# holdout91 (Transylvania and Crișana, Upper Hungary and Transcarpathia, North America and
#           Europe: Carei, Oradea, Tirol; Kolozsvár, Bánffyhunyad, Rozsnyó, Japán; Derbyshire,
#           Co Donegal, Bunbeg, Markhalivka) and holdout92 (Hungarian only, motorways,
#           railways and waters, and the war in Ukraine: Jásd, Hatvan, Tata), written after
#           holdout89's fixes, blind at 9215f1c: 0.95 1.00 0.95 0 (ro), 0.89 1.00 0.68 2
#           (hu), 0.90 0.98 0.91 3 (en); holdout92 0.97 1.00 0.77 1 (hu).
# holdout93 (Dobruja, the Bărăgan and the Danube Delta, Hungarian villages of every county,
#           any region of the world in wire style: Greci, Plauru, Sulina; Csongrád-Csanád,
#           Pápa; Wajima, Leipzig, Corby) and holdout94 (Hungarian only, foreign news in the
#           style of MTI: Sedzsaija, Nyizsnyij Tagil), written after holdout91's fixes,
#           blind at c92ed46: 0.94 1.00 0.92 1 (ro), 0.98 1.00 0.73 2 (hu), 0.96 1.00 0.83 3
#           (en); holdout94 0.87 1.00 1.00 0 (hu).
# holdout95 to holdout104 (Banat, the Jiu Valley, Bucharest and Ilfov, Maramureș, the lower
#           Danube, Muntenia; Transdanubia, the Great Plain, Budapest, Vojvodina, Transylvania
#           and Upper Hungary, foreign news in Hungarian; Russia, the Caucasus and East Asia,
#           the UK, Ireland and Oceania, Canada and the US, Africa and the Middle East, Europe:
#           Lupeni, Reșița, Berceni; Zirc, Kötegyán, Téten, Zenta; Bryansk, Pomonal, Laval,
#           Que., Lagos, Gofa) in five rounds of four parts, each written while the round
#           before was fixed, blind at 781ef07 (95, 96), 216278a (97, 98), 5eda690 (99, 100),
#           7732d0e (101, 102) and 88ba750 (103, 104): places, dates, casualties, spurious
#           per part in the session note; the floors sit under the figures at 88ba750.
# holdout105 and holdout106 (northern Moldavia and Bucovina, southern Transdanubia and
#           Lake Balaton, South and Southeast Asia, northern Hungary and Transcarpathia:
#           Pașcani, Rădăuți; Somogy, Szigetvár, Dunán; Wayanad, Kanaipur; Ózd, Munkáccsal),
#           blind at 04e3ed0 (ro and hu 105) and ef71cff (en 105, hu 106): 1.00 1.00 0.79 4
#           (ro), 0.93 1.00 0.86 5 (hu), 0.79 1.00 0.86 4 (en); holdout106 0.90 0.98 0.76 1
#           (hu); the floors sit under the figures at c03bf6c.
# holdout107 and holdout108 (central and southern Transylvania, the Körös and Maros country,
#           Latin America and the Caribbean, the Little Hungarian Plain and the Danube Bend:
#           Săcele, Râșnov; Mezőberény, Túrkeve; Pataz, Pont-Sondé; Nyergesújfalu, Párkány),
#           blind at b65b96a (ro and hu 107, hu 108) and 365a54e (en 107): 0.96 1.00 0.91 1
#           (ro), 0.99 1.00 0.75 0 (hu), 0.90 1.00 1.00 1 (en); holdout108 0.91 1.00 0.95 0
#           (hu); the floors sit under the figures at d79c238.
HELD_OUT_FLOORS = {
    "holdout": {
        "ro": (0.94, 0.90, 0.94, 1),
        "hu": (0.87, 0.90, 0.94, 1),
        "en": (0.87, 0.92, 0.94, 1),
    },
    "holdout2": {
        "ro": (0.91, 0.94, 0.94, 1),
        "hu": (0.79, 0.94, 0.94, 1),
        "en": (0.92, 0.94, 0.94, 1),
    },
    "holdout3": {
        "ro": (0.92, 0.95, 0.75, 1),
        "hu": (0.89, 0.91, 0.81, 2),
        "en": (0.91, 0.95, 0.86, 1),
    },
    "holdout4": {
        "ro": (0.85, 0.95, 0.82, 1),
        "hu": (0.84, 0.90, 0.88, 1),
        "en": (0.87, 0.95, 0.90, 1),
    },
    "holdout5": {
        "ro": (0.91, 0.90, 0.88, 1),
        "hu": (0.93, 0.90, 0.83, 1),
        "en": (0.92, 0.95, 0.90, 1),
    },
    "holdout6": {
        "ro": (0.86, 0.95, 0.88, 1),
        "hu": (0.81, 0.88, 0.88, 1),
        "en": (0.89, 0.92, 0.78, 1),
    },
    "holdout7": {
        "ro": (0.94, 0.95, 0.90, 1),
        "hu": (0.85, 0.90, 0.84, 1),
        "en": (0.88, 0.95, 0.83, 2),
    },
    "holdout8": {
        "ro": (0.90, 0.95, 0.85, 1),
        "hu": (0.90, 0.95, 0.88, 1),
        "en": (0.90, 0.95, 0.94, 1),
    },
    "holdout9": {
        "ro": (0.94, 0.95, 0.94, 1),
        "hu": (0.90, 0.93, 0.87, 1),
        "en": (0.95, 0.95, 0.94, 1),
    },
    "holdout10": {
        "ro": (0.88, 0.94, 0.94, 1),
        "hu": (0.92, 0.95, 0.94, 1),
        "en": (0.91, 0.97, 0.94, 1),
    },
    "holdout11": {
        "ro": (0.95, 0.95, 0.92, 1),
        "hu": (0.88, 0.94, 0.85, 1),
        "en": (0.89, 0.94, 0.94, 1),
    },
    "holdout12": {
        "ro": (0.90, 0.95, 0.94, 1),
        "hu": (0.86, 0.94, 0.94, 1),
        "en": (0.88, 0.95, 0.94, 1),
    },
    "holdout13": {
        "ro": (0.88, 0.89, 0.94, 1),
        "hu": (0.88, 0.95, 0.90, 1),
        "en": (0.89, 0.97, 0.92, 1),
    },
    "holdout14": {
        "ro": (0.95, 0.95, 0.92, 1),
        "hu": (0.89, 0.95, 0.90, 1),
        "en": (0.95, 0.97, 0.94, 1),
    },
    "holdout15": {
        # two spurious: its roh1502 leaves "fără a se înregistra victime" (no victims
        # recorded) unannotated, which counts zero killed and injured by the rules for "nobody"
        "ro": (0.87, 0.94, 0.94, 2),
        "hu": (0.87, 0.93, 0.94, 1),
        "en": (0.86, 0.95, 0.86, 1),
    },
    "holdout16": {
        "ro": (0.93, 0.97, 0.94, 1),
        "hu": (0.81, 0.97, 0.88, 1),
        "en": (0.94, 0.97, 0.92, 1),
    },
    "holdout17": {
        "ro": (0.91, 0.91, 0.92, 1),
        "hu": (0.89, 0.97, 0.76, 1),
        "en": (0.94, 0.97, 0.83, 1),
    },
    "holdout18": {
        "ro": (0.87, 0.92, 0.84, 1),
        "hu": (0.91, 0.95, 0.69, 2),
        "en": (0.90, 0.91, 0.77, 4),
    },
    "holdout19": {
        "ro": (0.97, 0.94, 0.81, 2),
        "hu": (0.89, 0.95, 0.78, 1),
        "en": (0.87, 0.98, 0.83, 1),
    },
    "holdout20": {
        "ro": (0.93, 0.95, 0.71, 2),
        "hu": (0.89, 0.96, 0.86, 2),
        "en": (0.94, 0.97, 0.86, 1),
    },
    "holdout21": {
        "ro": (0.93, 0.95, 0.88, 1),
        "hu": (0.97, 0.97, 0.78, 1),
        "en": (0.90, 0.97, 0.89, 1),
    },
    "holdout22": {
        "ro": (0.96, 0.97, 0.80, 3),
        "hu": (0.96, 0.97, 0.78, 2),
        "en": (0.96, 0.97, 0.87, 1),
    },
    "holdout23": {
        "ro": (0.95, 0.97, 0.90, 3),
        "hu": (0.89, 0.95, 0.88, 1),
        "en": (0.94, 0.97, 0.87, 3),
    },
    "holdout24": {
        "ro": (0.96, 0.95, 0.77, 2),
        "hu": (0.95, 0.95, 0.82, 2),
        "en": (0.95, 0.97, 0.90, 1),
    },
    "holdout25": {
        "ro": (0.95, 0.97, 0.89, 2),
        "hu": (0.95, 0.97, 0.74, 4),
        "en": (0.91, 0.97, 0.90, 1),
    },
    "holdout26": {
        "ro": (0.96, 0.94, 0.94, 3),
        "hu": (0.95, 0.96, 0.80, 2),
        "en": (0.97, 0.97, 0.97, 1),
    },
    "holdout27": {
        "ro": (0.95, 0.96, 0.89, 1),
        "hu": (0.94, 0.97, 0.91, 2),
        "en": (0.93, 0.97, 0.85, 1),
    },
    "holdout28": {
        "hu": (0.89, 0.97, 0.82, 1),
    },
    "holdout29": {
        "ro": (0.96, 0.96, 0.83, 5),
        "hu": (0.96, 0.97, 0.82, 1),
        "en": (0.96, 0.97, 0.92, 2),
    },
    "holdout30": {
        "hu": (0.90, 0.96, 0.91, 1),
    },
    "holdout31": {
        "ro": (0.94, 0.97, 0.79, 1),
        "hu": (0.96, 0.94, 0.73, 2),
        "en": (0.95, 0.97, 0.97, 1),
    },
    "holdout32": {
        "hu": (0.91, 0.96, 0.87, 1),
    },
    "holdout33": {
        "ro": (0.95, 0.97, 0.83, 2),
        "hu": (0.92, 0.97, 0.90, 1),
        "en": (0.95, 0.97, 0.93, 1),
    },
    "holdout34": {
        "hu": (0.97, 0.96, 0.87, 1),
    },
    "holdout35": {
        "ro": (0.97, 0.97, 0.88, 2),
        "hu": (0.92, 0.97, 0.91, 1),
        "en": (0.95, 0.97, 0.89, 1),
    },
    "holdout36": {
        "hu": (0.96, 0.97, 0.94, 1),
    },
    "holdout37": {
        "ro": (0.97, 0.97, 0.86, 2),
        "hu": (0.96, 0.97, 0.86, 4),
        "en": (0.95, 0.96, 0.94, 1),
    },
    "holdout38": {
        "ro": (0.94, 0.97, 0.93, 2),
    },
    "holdout39": {
        "ro": (0.95, 0.97, 0.78, 4),
        "hu": (0.95, 0.95, 0.94, 3),
        "en": (0.95, 0.94, 0.85, 2),
    },
    "holdout40": {
        "hu": (0.95, 0.97, 0.85, 2),
    },
    "holdout41": {
        "ro": (0.91, 0.95, 0.80, 1),
        "hu": (0.93, 0.95, 0.87, 3),
        "en": (0.93, 0.95, 0.97, 2),
    },
    "holdout42": {
        "en": (0.96, 0.97, 0.89, 2),
    },
    "holdout43": {
        "ro": (0.94, 0.97, 0.93, 1),
        "hu": (0.89, 0.97, 0.85, 3),
        "en": (0.96, 0.97, 0.88, 4),
    },
    "holdout44": {
        "ro": (0.97, 0.97, 0.87, 2),
    },
    "holdout45": {
        "ro": (0.96, 0.95, 0.78, 1),
        "hu": (0.91, 0.97, 0.90, 2),
        "en": (0.92, 0.97, 0.97, 4),
    },
    "holdout46": {
        "hu": (0.90, 0.95, 0.79, 2),
    },
    "holdout47": {
        "ro": (0.96, 0.97, 0.80, 1),
        "hu": (0.96, 0.94, 0.91, 2),
        "en": (0.93, 0.97, 0.93, 1),
    },
    "holdout48": {
        "ro": (0.96, 0.97, 0.88, 2),
    },
    "holdout49": {
        "ro": (0.95, 0.97, 0.89, 2),
        "hu": (0.93, 0.97, 0.87, 2),
        "en": (0.93, 0.97, 0.90, 1),
    },
    "holdout50": {
        "ro": (0.97, 0.97, 0.93, 3),
    },
    "holdout51": {
        "ro": (0.96, 0.97, 0.86, 1),
        "hu": (0.94, 0.95, 0.97, 1),
        "en": (0.97, 0.97, 0.92, 3),
    },
    "holdout52": {
        "hu": (0.93, 0.95, 0.92, 1),
    },
    "holdout53": {
        "ro": (0.97, 0.95, 0.91, 2),
        "hu": (0.87, 0.97, 0.74, 1),
        "en": (0.91, 0.97, 0.94, 2),
    },
    "holdout54": {
        "en": (0.94, 0.97, 0.93, 3),
    },
    "holdout55": {
        "ro": (0.96, 0.95, 0.93, 2),
        "hu": (0.94, 0.97, 0.92, 2),
        "en": (0.95, 0.97, 0.93, 1),
    },
    "holdout56": {
        "ro": (0.95, 0.97, 0.88, 2),
    },
    "holdout57": {
        "ro": (0.93, 0.95, 0.88, 2),
        "hu": (0.88, 0.93, 0.97, 1),
        "en": (0.93, 0.95, 0.93, 1),
    },
    "holdout58": {
        "ro": (0.94, 0.97, 0.87, 2),
    },
    "holdout59": {
        "ro": (0.94, 0.95, 0.92, 3),
        "hu": (0.92, 0.97, 0.93, 1),
        "en": (0.91, 0.97, 0.79, 3),
    },
    "holdout60": {
        "en": (0.96, 0.97, 0.92, 1),
    },
    "holdout61": {
        "ro": (0.93, 0.97, 0.81, 1),
        "hu": (0.87, 0.92, 0.97, 1),
        "en": (0.95, 0.97, 0.92, 2),
    },
    "holdout62": {
        "hu": (0.92, 0.97, 0.97, 2),
    },
    "holdout63": {
        "ro": (0.95, 0.97, 0.94, 2),
        "hu": (0.92, 0.92, 0.92, 1),
        "en": (0.85, 0.97, 0.97, 3),
    },
    "holdout64": {
        "ro": (0.93, 0.95, 0.87, 3),
    },
    "holdout65": {
        "ro": (0.93, 0.97, 0.97, 1),
        "hu": (0.85, 0.97, 0.85, 1),
        "en": (0.85, 0.97, 0.87, 1),
    },
    "holdout66": {
        "en": (0.96, 0.97, 0.90, 2),
    },
    "holdout67": {
        "ro": (0.93, 0.97, 0.97, 3),
        "hu": (0.90, 0.97, 0.92, 1),
        "en": (0.78, 0.97, 0.97, 4),
    },
    "holdout68": {
        "hu": (0.86, 0.92, 0.93, 1),
    },
    "holdout69": {
        "ro": (0.94, 0.97, 0.90, 1),
        "hu": (0.97, 0.97, 0.92, 1),
        "en": (0.97, 0.97, 0.93, 1),
    },
    "holdout70": {
        "ro": (0.97, 0.97, 0.87, 1),
    },
    "holdout71": {
        "ro": (0.97, 0.97, 0.92, 4),
        "hu": (0.93, 0.97, 0.97, 3),
        "en": (0.94, 0.97, 0.86, 1),
    },
    "holdout72": {
        "ro": (0.88, 0.97, 0.89, 1),
    },
    "holdout73": {
        "ro": (0.94, 0.95, 0.93, 1),
        "hu": (0.90, 0.97, 0.87, 3),
        "en": (0.96, 0.97, 0.88, 1),
    },
    "holdout74": {
        "en": (0.86, 0.95, 0.91, 2),
    },
    "holdout75": {
        "ro": (0.93, 0.97, 0.78, 2),
        "hu": (0.97, 0.97, 0.87, 3),
        "en": (0.89, 0.97, 0.97, 3),
    },
    "holdout76": {
        "hu": (0.96, 0.97, 0.83, 2),
    },
    "holdout77": {
        "ro": (0.94, 0.97, 0.79, 3),
        "hu": (0.94, 0.97, 0.76, 4),
        "en": (0.80, 0.97, 0.94, 1),
    },
    "holdout78": {
        "ro": (0.96, 0.97, 0.87, 2),
    },
    "holdout79": {
        "ro": (0.87, 0.95, 0.83, 1),
        "hu": (0.95, 0.97, 0.92, 1),
        "en": (0.91, 0.97, 0.91, 1),
    },
    "holdout80": {
        "hu": (0.89, 0.95, 0.87, 2),
    },
    "holdout81": {
        "ro": (0.95, 0.95, 0.82, 6),
        "hu": (0.89, 0.95, 0.80, 2),
        "en": (0.86, 0.97, 0.89, 1),
    },
    "holdout82": {
        "ro": (0.96, 0.97, 0.97, 1),
    },
    "holdout83": {
        "ro": (0.97, 0.97, 0.82, 2),
        "hu": (0.95, 0.97, 0.80, 1),
        "en": (0.91, 0.97, 0.87, 6),
    },
    "holdout84": {
        "en": (0.95, 0.97, 0.97, 1),
    },
    "holdout85": {
        "ro": (0.93, 0.97, 0.91, 4),
        "hu": (0.92, 0.95, 0.87, 2),
        "en": (0.91, 0.97, 0.84, 2),
    },
    "holdout86": {
        "ro": (0.94, 0.97, 0.83, 2),
    },
    "holdout87": {
        "ro": (0.97, 0.97, 0.89, 3),
        "hu": (0.91, 0.97, 0.97, 2),
        "en": (0.95, 0.96, 0.97, 1),
    },
    "holdout88": {
        "hu": (0.95, 0.97, 0.97, 2),
    },
    "holdout89": {
        "ro": (0.93, 0.97, 0.92, 2),
        "hu": (0.92, 0.97, 0.86, 3),
        "en": (0.79, 0.95, 0.97, 2),
    },
    "holdout90": {
        "ro": (0.92, 0.97, 0.93, 1),
    },
    "holdout91": {
        "ro": (0.93, 0.97, 0.92, 1),
        "hu": (0.89, 0.97, 0.76, 3),
        "en": (0.88, 0.95, 0.88, 3),
    },
    "holdout92": {
        "hu": (0.95, 0.97, 0.92, 2),
    },
    "holdout93": {
        "ro": (0.92, 0.97, 0.89, 2),
        "hu": (0.96, 0.97, 0.74, 3),
        "en": (0.94, 0.97, 0.84, 4),
    },
    "holdout94": {
        "hu": (0.85, 0.97, 0.97, 1),
    },
    "holdout95": {
        "ro": (0.96, 0.97, 0.89, 1),
        "hu": (0.97, 0.97, 0.91, 1),
        "en": (0.92, 0.95, 0.84, 1),
    },
    "holdout96": {
        "hu": (0.86, 0.97, 0.93, 2),
    },
    "holdout97": {
        "ro": (0.84, 0.97, 0.97, 2),
        "hu": (0.97, 0.95, 0.81, 1),
        "en": (0.86, 0.92, 0.92, 6),
    },
    "holdout98": {
        "hu": (0.95, 0.94, 0.97, 3),
    },
    "holdout99": {
        "ro": (0.96, 0.97, 0.88, 1),
        "hu": (0.91, 0.95, 0.80, 3),
        "en": (0.89, 0.95, 0.97, 1),
    },
    "holdout100": {
        "hu": (0.95, 0.97, 0.93, 5),
    },
    "holdout101": {
        "ro": (0.89, 0.97, 0.89, 1),
        "hu": (0.81, 0.97, 0.70, 2),
        "en": (0.79, 0.94, 0.87, 1),
    },
    "holdout102": {
        "hu": (0.98, 0.95, 0.80, 3),
    },
    "holdout103": {
        "ro": (0.94, 0.97, 0.88, 3),
        "hu": (0.94, 0.97, 0.77, 3),
        "en": (0.93, 0.97, 0.97, 2),
    },
    "holdout104": {
        "hu": (0.72, 0.97, 0.81, 3),
    },
    "holdout105": {
        "ro": (0.98, 0.97, 0.92, 5),
        "hu": (0.96, 0.97, 0.83, 6),
        "en": (0.77, 0.97, 0.92, 5),
    },
    "holdout106": {
        "hu": (0.89, 0.95, 0.83, 2),
    },
    "holdout107": {
        "ro": (0.94, 0.97, 0.88, 2),
        "hu": (0.97, 0.97, 0.78, 1),
        "en": (0.88, 0.97, 0.97, 2),
    },
    "holdout108": {
        "hu": (0.89, 0.97, 0.97, 1),
    },
}
# set -> (date exact, place within 25 km, killed right); measured 1.00 0.80 0.90 (dev),
# 1.00 0.97 0.93 (holdout).
NOTE_FLOORS = {
    "dev": (0.95, 0.75, 0.85),
    "holdout": (0.95, 0.90, 0.87),
}


@pytest.mark.parametrize("lang", sorted(NEWS_FLOORS))
def test_news_floors(results, lang):
    scores = results["news"][lang]
    places, dates, casualties = NEWS_FLOORS[lang]
    assert scores["places"].f1 >= places, scores["places"].misses
    assert scores["dates"].f1 >= dates, scores["dates"].misses
    assert scores["casualties"].accuracy >= casualties, scores["casualties"].misses
    assert scores["casualties"].spurious <= 1, scores["casualties"].misses


@pytest.mark.parametrize(
    ("name", "lang"), [(name, lang) for name, floors in HELD_OUT_FLOORS.items() for lang in floors]
)
def test_held_out_news_floors(results, name, lang):
    scores = results[f"news_{name}"][lang]
    places, dates, casualties, spurious = HELD_OUT_FLOORS[name][lang]
    assert scores["places"].f1 >= places, scores["places"].misses
    assert scores["dates"].f1 >= dates, scores["dates"].misses
    assert scores["casualties"].accuracy >= casualties, scores["casualties"].misses
    assert scores["casualties"].spurious <= spurious, scores["casualties"].misses


@pytest.mark.parametrize("name", sorted(NOTE_FLOORS))
def test_note_floors(results, name):
    score = results["notes"][name]
    date, place, killed = NOTE_FLOORS[name]
    assert score.share(score.date_right) >= date, score.misses
    assert score.share(score.place_right) >= place, score.misses
    assert score.share(score.killed_right, score.killed_stated) >= killed, score.misses
    assert score.share(score.one_incident) >= date, score.misses


def test_note_sets_are_the_sizes_reported(results):
    assert results["notes"]["dev"].notes == 40
    assert results["notes"]["holdout"].notes == 40
    assert {lang: s["places"].gold >= 35 for lang, s in results["news"].items()} == {
        "ro": True,
        "hu": True,
        "en": True,
    }


@pytest.mark.parametrize("key", ["news_holdout", "news_holdout2"])
def test_holdout_sets_are_the_sizes_reported(results, key):
    sizes = {
        lang: (s["places"].gold, s["dates"].gold, s["casualties"].sentences)
        for lang, s in results[key].items()
    }
    assert all(p >= 35 and d >= 25 and c >= 20 for p, d, c in sizes.values()), sizes
    assert sorted(sizes) == ["en", "hu", "ro"]


def test_every_news_file_is_a_set_named_by_its_suffix(tmp_path):
    evaluate = _evaluate_module()
    for name in ["eval_news_ro.jsonl", "eval_news_en_spring.jsonl", "eval_news_hu_spring.jsonl"]:
        (tmp_path / name).write_text("", encoding="utf-8")
    (tmp_path / "eval_news_xx_spring.jsonl").write_text("", encoding="utf-8")  # not a language
    (tmp_path / "eval_notes_en.jsonl").write_text("", encoding="utf-8")
    sets = evaluate.news_sets(tmp_path)
    assert list(sets) == ["dev", "spring"]
    assert sets["dev"] == {"ro": tmp_path / "eval_news_ro.jsonl"}
    assert sorted(sets["spring"]) == ["en", "hu"]
    assert [evaluate.news_key(name) for name in sets] == ["news", "news_spring"]


# set -> passages per language
HELD_OUT_PASSAGES = {"holdout": 20, "holdout2": 20} | {
    f"holdout{number}": 15 for number in range(3, 109)
}
# sets written in fewer languages than all three: those their floors name
HELD_OUT_LANGUAGES = {
    name: sorted(floors) for name, floors in HELD_OUT_FLOORS.items() if len(floors) < 3
}


@pytest.mark.parametrize(
    ("lang", "name"),
    [
        (lang, name)
        for name in sorted(HELD_OUT_PASSAGES)
        for lang in HELD_OUT_LANGUAGES.get(name, ["ro", "hu", "en"])
    ],
)
def test_holdout_annotations_are_consistent(lang, name):
    """Every gold span is the text it names, and every value has the form its kind needs."""
    evaluate = _evaluate_module()
    path = ROOT / "tests" / "data" / f"eval_news_{lang}_{name}.jsonl"
    records = evaluate.read_jsonl(path)
    assert len(records) == HELD_OUT_PASSAGES[name]
    assert len({r["id"] for r in records}) == HELD_OUT_PASSAGES[name]
    date_forms = {
        "day": r"\d{4}-\d\d-\d\d",
        "week": r"\d{4}-W\d\d",
        "month": r"\d{4}-\d\d",
        "year": r"\d{4}",
    }
    for record in records:
        assert record["id"].startswith(f"{lang}h") and record["language"] == lang
        pd.Timestamp(record["published"])
        text = record["text"]
        for item in record["dates"] + record["places"] + record["casualties"]:
            assert text[item["start"] : item["end"]] == item["text"], (record["id"], item)
        for date in record["dates"]:
            assert re.fullmatch(date_forms[date["precision"]], date["value"]), date
        for place in record["places"]:
            assert place["name"] and re.fullmatch(r"[A-Z]{2}", place["country"]), place
            assert ("lat" in place) == ("lon" in place), place
        for fact in record["casualties"]:
            assert fact["type"] in {"killed", "injured"}, fact
            assert fact["count"] is None or fact["count"] >= 0, fact


def _incidents(pipelines, gazetteer, text: str, published: str | None = None) -> pd.DataFrame:
    from components.geocoding import make_geocoder

    articles = schema.frame(
        "articles",
        [{"article_id": "n1", "language": "en", "text": text, "published": published}],
    )
    mentions = extract_mentions(articles, pipelines)
    return build_incidents(articles, mentions, geocoder=make_geocoder(gazetteer, online=False))


def test_street_protest_is_an_incident_of_its_own_type(pipelines, gazetteer):
    incidents = _incidents(
        pipelines,
        gazetteer,
        "On 9 May 2024, several hundred nurses marched in Lahore (Punjab) demanding higher pay.",
    )
    assert list(incidents["incident_type"]) == ["protest"]
    assert incidents["date_start"].item() == pd.Timestamp("2024-05-09")
    assert incidents["place"].item() == "Lahore"


def test_diplomatic_protest_is_not_a_street_protest(pipelines, gazetteer):
    incidents = _incidents(
        pipelines,
        gazetteer,
        "On 9 May 2024, the foreign ministry in Warsaw lodged a protest with the ambassador.",
    )
    assert incidents.empty


def test_counts_joined_by_and_add_up(pipelines, gazetteer):
    incidents = _incidents(
        pipelines,
        gazetteer,
        "On 2 July 2023, gunmen attacked a checkpoint in Maiduguri (Borno). "
        "Five soldiers were killed and two policemen died later in hospital.",
    )
    assert incidents["killed"].item() == 7


def test_place_named_as_where_wins_over_a_group_named_like_a_town(pipelines, gazetteer):
    incidents = _incidents(
        pipelines,
        gazetteer,
        "On 4 April 2024, Bala militants attacked a police post at Khuzdar (Balochistan).",
    )
    assert incidents["place"].item() == "Khuzdar"
