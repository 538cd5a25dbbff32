<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../forms/about_dialog.ui" line="6" />
            <source>À propos – Veille patrimoniale</source>
            <translation>About – Heritage watch</translation>
        </message>
    </context>
    <context>
        <name>AlertDialog</name>
        <message>
            <location filename="../../forms/alert_dialog.ui" line="6" />
            <source>Alerte – site en péril</source>
            <translation>Alert – heritage at risk</translation>
        </message>
        <message>
            <location filename="../../forms/alert_dialog.ui" line="9" />
            <source>Nouvelle alerte</source>
            <translation>New alert</translation>
        </message>
        <message>
            <location filename="../../forms/alert_dialog.ui" line="15" />
            <source>Alerte</source>
            <translation>Alert</translation>
        </message>
        <message>
            <location filename="../../forms/alert_dialog.ui" line="17" />
            <source>Chercher l'élément</source>
            <translation>Find the element</translation>
        </message>
        <message>
            <location filename="../../forms/alert_dialog.ui" line="18" />
            <source>tapez le nom, ex. Cité des Provinces, puis choisissez dans la liste</source>
            <translation>type the name, e.g. Cité des Provinces, then choose in the list</translation>
        </message>
        <message>
            <location filename="../../forms/alert_dialog.ui" line="18" />
            <source>Tapez une partie du nom de l'élément (ou de sa commune) et choisissez-le dans la liste : son identifiant est ajouté ci-dessous. Vous pouvez aussi utiliser l'outil « Signaler une alerte sur la carte ».</source>
            <translation>Type part of the element's name (or of its commune) and choose it in the list: its identifier is added below. You can also use the “Report an alert on the map” tool.</translation>
        </message>
        <message>
            <location filename="../../forms/alert_dialog.ui" line="19" />
            <source>Identifiants</source>
            <translation>Identifiers</translation>
        </message>
        <message>
            <location filename="../../forms/alert_dialog.ui" line="20" />
            <source>identifiants séparés par « ; », ex. 63V; 42B</source>
            <translation>identifiers separated by « ; », e.g. 63V; 42B</translation>
        </message>
        <message>
            <location filename="../../forms/alert_dialog.ui" line="20" />
            <source>Identifiants des éléments du Bien concernés. Cherchez un élément par son nom dans la barre de recherche de QGIS (préfixe « bm »).</source>
            <translation>Identifiers of the property's elements concerned. Find an element by its name in the QGIS search bar (prefix « bm »).</translation>
        </message>
        <message>
            <location filename="../../forms/alert_dialog.ui" line="21" />
            <source>–</source>
            <translation>–</translation>
        </message>
        <message>
            <location filename="../../forms/alert_dialog.ui" line="22" />
            <source>Titre *</source>
            <translation>Title *</translation>
        </message>
        <message>
            <location filename="../../forms/alert_dialog.ui" line="24" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../forms/alert_dialog.ui" line="26" />
            <source>Date du constat</source>
            <translation>Date observed</translation>
        </message>
        <message>
            <location filename="../../forms/alert_dialog.ui" line="27" />
            <source>dd/MM/yyyy</source>
            <translation>dd/MM/yyyy</translation>
        </message>
        <message>
            <location filename="../../forms/alert_dialog.ui" line="28" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../forms/alert_dialog.ui" line="30" />
            <source>État</source>
            <translation>Condition</translation>
        </message>
        <message>
            <location filename="../../forms/alert_dialog.ui" line="32" />
            <source>Tendance</source>
            <translation>Trend</translation>
        </message>
        <message>
            <location filename="../../forms/alert_dialog.ui" line="34" />
            <source>Priorité</source>
            <translation>Priority</translation>
        </message>
        <message>
            <location filename="../../forms/alert_dialog.ui" line="35" />
            <source>Échelle A–F adaptée du registre « Heritage at Risk » d'Historic England : elle ne figure dans aucun document du Bien ; proposition à valider par la Mission Bassin Minier.</source>
            <translation>A–F scale adapted from Historic England's “Heritage at Risk” register: it appears in no document of the property; a proposal to be validated by the Mission Bassin Minier.</translation>
        </message>
        <message>
            <location filename="../../forms/alert_dialog.ui" line="36" />
            <source>Catégorie (2016)</source>
            <translation>Category (2016)</translation>
        </message>
        <message>
            <location filename="../../forms/alert_dialog.ui" line="39" />
            <source>Propriétaire</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../forms/alert_dialog.ui" line="43" />
            <source>nom du propriétaire</source>
            <translation>owner's name</translation>
        </message>
        <message>
            <location filename="../../forms/alert_dialog.ui" line="50" />
            <source>Suivi</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <location filename="../../forms/alert_dialog.ui" line="52" />
            <source>Menaces (facteurs UNESCO)</source>
            <translation>Threats (UNESCO factors)</translation>
        </message>
        <message>
            <location filename="../../forms/alert_dialog.ui" line="54" />
            <source>Actions réalisées</source>
            <translation>Actions taken</translation>
        </message>
        <message>
            <location filename="../../forms/alert_dialog.ui" line="55" />
            <source>Actions prévues</source>
            <translation>Actions planned</translation>
        </message>
        <message>
            <location filename="../../forms/alert_dialog.ui" line="58" />
            <source>Partenaires alertés</source>
            <translation>Partners alerted</translation>
        </message>
        <message>
            <location filename="../../forms/alert_dialog.ui" line="59" />
            <source>séparés par « ; », ex. commune; DRAC; EPF</source>
            <translation>separated by « ; », e.g. commune; DRAC; EPF</translation>
        </message>
        <message>
            <location filename="../../forms/alert_dialog.ui" line="60" />
            <source>Statut</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../forms/alert_dialog.ui" line="62" />
            <source>Motif de clôture</source>
            <translation>Reason for closing</translation>
        </message>
        <message>
            <location filename="../../forms/alert_dialog.ui" line="63" />
            <source>obligatoire pour « sauvegardée », « perdue » ou « levée »</source>
            <translation>required for « sauvegardée », « perdue » or « levée »</translation>
        </message>
        <message>
            <location filename="../../forms/alert_dialog.ui" line="64" />
            <source>Dossier de la veille</source>
            <translation>Monitoring case</translation>
        </message>
        <message>
            <location filename="../../forms/alert_dialog.ui" line="69" />
            <source>Pièces jointes</source>
            <translation>Attachments</translation>
        </message>
        <message>
            <location filename="../../forms/alert_dialog.ui" line="71" />
            <source>Photos et documents sont stockés dans le registre lui-même (50 Mo au plus par fichier) ; ils ne sont jamais supprimés.</source>
            <translation>Photos and documents are stored in the register itself (50 MB at most per file); they are never deleted.</translation>
        </message>
        <message>
            <location filename="../../forms/alert_dialog.ui" line="75" />
            <source>Joindre des fichiers…</source>
            <translation>Attach files…</translation>
        </message>
        <message>
            <location filename="../../forms/alert_dialog.ui" line="76" />
            <source>Ouvrir</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../forms/alert_dialog.ui" line="83" />
            <source>Historique</source>
            <translation>History</translation>
        </message>
        <message>
            <location filename="../../forms/alert_dialog.ui" line="91" />
            <source>color: #b00020;</source>
            <translation>color: #b00020;</translation>
        </message>
    </context>
    <context>
        <name>AlertsDockContents</name>
        <message>
            <location filename="../../forms/alerts_dock.ui" line="6" />
            <source>Alertes</source>
            <translation>Alerts</translation>
        </message>
        <message>
            <location filename="../../forms/alerts_dock.ui" line="10" />
            <source>Registre : –</source>
            <translation>Register: –</translation>
        </message>
        <message>
            <location filename="../../forms/alerts_dock.ui" line="11" />
            <source>Actualiser</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../../forms/alerts_dock.ui" line="16" />
            <source>Signaler sur la carte</source>
            <translation>Report on the map</translation>
        </message>
        <message>
            <location filename="../../forms/alerts_dock.ui" line="16" />
            <source>Cliquez sur un élément (ou un lieu) de la carte pour ouvrir une alerte à cet endroit</source>
            <translation>Click an element (or a place) on the map to open an alert there</translation>
        </message>
        <message>
            <location filename="../../forms/alerts_dock.ui" line="17" />
            <source>Nouvelle…</source>
            <translation>New…</translation>
        </message>
        <message>
            <location filename="../../forms/alerts_dock.ui" line="17" />
            <source>Nouvelle alerte : le formulaire trouve l'élément par son nom (ou utilisez « Signaler sur la carte »)</source>
            <translation>New alert: the form finds the element by its name (or use “Report on the map”)</translation>
        </message>
        <message>
            <location filename="../../forms/alerts_dock.ui" line="18" />
            <source>Modifier…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="../../forms/alerts_dock.ui" line="19" />
            <source>Clore…</source>
            <translation>Close…</translation>
        </message>
        <message>
            <location filename="../../forms/alerts_dock.ui" line="20" />
            <source>Fiche</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../forms/alerts_dock.ui" line="20" />
            <source>Fiche de suivi du premier élément de l'alerte choisie : protections, dossiers, alertes</source>
            <translation>Follow-up file of the chosen alert's first element: protections, cases, alerts</translation>
        </message>
        <message>
            <location filename="../../forms/alerts_dock.ui" line="21" />
            <source>Couche</source>
            <translation>Layer</translation>
        </message>
        <message>
            <location filename="../../forms/alerts_dock.ui" line="21" />
            <source>Afficher les alertes sur la carte, par priorité</source>
            <translation>Show the alerts on the map, by priority</translation>
        </message>
        <message>
            <location filename="../../forms/alerts_dock.ui" line="22" />
            <source>Exporter</source>
            <translation>Export</translation>
        </message>
        <message>
            <location filename="../../forms/alerts_dock.ui" line="22" />
            <source>Liste des sites en péril (HTML, CSV), dossier de l'alerte choisie, rapport périodique</source>
            <translation>List of sites at risk (HTML, CSV), file of the chosen alert, periodic report</translation>
        </message>
        <message>
            <location filename="../../forms/alerts_dock.ui" line="29" />
            <source>rechercher (titre, élément, commune)</source>
            <translation>search (title, element, commune)</translation>
        </message>
    </context>
    <context>
        <name>AnalysisDockContents</name>
        <message>
            <location filename="../../forms/analysis_dock.ui" line="9" />
            <source>Analyse de localisation</source>
            <translation>Location analysis</translation>
        </message>
        <message>
            <location filename="../../forms/analysis_dock.ui" line="15" />
            <source>Pointez un lieu, dessinez une emprise ou utilisez les entités sélectionnées : le plugin les situe par rapport au Bien, à sa zone tampon, aux éléments et à leurs abords MH.</source>
            <translation>Point at a place, draw a footprint or use the selected features: the plugin locates them against the property, its buffer zone, the elements and their MH surroundings.</translation>
        </message>
        <message>
            <location filename="../../forms/analysis_dock.ui" line="24" />
            <source>Pointer</source>
            <translation>Point</translation>
        </message>
        <message>
            <location filename="../../forms/analysis_dock.ui" line="25" />
            <source>Cliquer un point sur la carte pour l'analyser</source>
            <translation>Click a point on the map to analyse it</translation>
        </message>
        <message>
            <location filename="../../forms/analysis_dock.ui" line="32" />
            <source>Sélection</source>
            <translation>Selection</translation>
        </message>
        <message>
            <location filename="../../forms/analysis_dock.ui" line="33" />
            <source>Analyser les entités sélectionnées de la couche active (leur union)</source>
            <translation>Analyse the selected features of the active layer (their union)</translation>
        </message>
        <message>
            <location filename="../../forms/analysis_dock.ui" line="39" />
            <source>Dessiner une emprise</source>
            <translation>Draw a footprint</translation>
        </message>
        <message>
            <location filename="../../forms/analysis_dock.ui" line="40" />
            <source>Clic gauche : ajouter un sommet ; clic droit : terminer l'emprise et l'analyser</source>
            <translation>Left click: add a vertex; right click: finish the footprint and analyse it</translation>
        </message>
        <message>
            <location filename="../../forms/analysis_dock.ui" line="51" />
            <source>Éléments proches à moins de</source>
            <translation>Nearby elements within</translation>
        </message>
        <message>
            <location filename="../../forms/analysis_dock.ui" line="57" />
            <source> m</source>
            <translation> m</translation>
        </message>
        <message>
            <location filename="../../forms/analysis_dock.ui" line="71" />
            <source>Effacer</source>
            <translation>Clear</translation>
        </message>
        <message>
            <location filename="../../forms/analysis_dock.ui" line="72" />
            <source>Effacer le résultat et la géométrie analysée</source>
            <translation>Clear the result and the analysed geometry</translation>
        </message>
        <message>
            <location filename="../../forms/analysis_dock.ui" line="79" />
            <source>Aucune analyse pour l'instant.</source>
            <translation>No analysis yet.</translation>
        </message>
        <message>
            <location filename="../../forms/analysis_dock.ui" line="87" />
            <source>Signaler une alerte…</source>
            <translation>Report an alert…</translation>
        </message>
        <message>
            <location filename="../../forms/analysis_dock.ui" line="88" />
            <source>Ouvrir le formulaire d'alerte « site en péril » prérempli avec l'élément touché par le lieu analysé</source>
            <translation>Open the “site at risk” alert form prefilled with the element the analysed place touches</translation>
        </message>
        <message>
            <location filename="../../forms/analysis_dock.ui" line="95" />
            <source>Double-cliquez un élément pour zoomer dessus</source>
            <translation>Double-click an element to zoom to it</translation>
        </message>
        <message>
            <location filename="../../forms/analysis_dock.ui" line="96" />
            <source>Objet</source>
            <translation>Object</translation>
        </message>
        <message>
            <location filename="../../forms/analysis_dock.ui" line="97" />
            <source>Nom</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../forms/analysis_dock.ui" line="98" />
            <source>Catégorie / protection</source>
            <translation>Category / protection</translation>
        </message>
        <message>
            <location filename="../../forms/analysis_dock.ui" line="99" />
            <source>Distance</source>
            <translation>Distance</translation>
        </message>
        <message>
            <location filename="../../forms/analysis_dock.ui" line="112" />
            <source>Copier</source>
            <translation>Copy</translation>
        </message>
        <message>
            <location filename="../../forms/analysis_dock.ui" line="113" />
            <source>Copier l'explication et la liste des éléments dans le presse-papiers</source>
            <translation>Copy the explanation and the list of elements to the clipboard</translation>
        </message>
        <message>
            <location filename="../../forms/analysis_dock.ui" line="118" />
            <source>Alerte…</source>
            <translation>Alert…</translation>
        </message>
        <message>
            <location filename="../../forms/analysis_dock.ui" line="119" />
            <source>Signaler une alerte : ouvrir une alerte « site en péril » sur l'élément sélectionné dans la liste (ou sur les éléments touchés)</source>
            <translation>Report an alert: open a “site at risk” alert on the element selected in the list (or on the elements touched)</translation>
        </message>
        <message>
            <location filename="../../forms/analysis_dock.ui" line="124" />
            <source>Fiche de suivi</source>
            <translation>Follow-up file</translation>
        </message>
        <message>
            <location filename="../../forms/analysis_dock.ui" line="125" />
            <source>Fiche de suivi de l'élément sélectionné dans la liste (ou du premier élément touché) : protections, dossiers, alertes</source>
            <translation>Follow-up file of the element selected in the list (or of the first element touched): protections, cases, alerts</translation>
        </message>
        <message>
            <location filename="../../forms/analysis_dock.ui" line="130" />
            <source>Constat…</source>
            <translation>Observation…</translation>
        </message>
        <message>
            <location filename="../../forms/analysis_dock.ui" line="131" />
            <source>Inscrire un constat d'état (état de conservation, date, source, observateur) de l'élément sélectionné dans la liste (ou des éléments touchés)</source>
            <translation>Record a condition observation (state of conservation, date, source, observer) of the element selected in the list (or of the elements met)</translation>
        </message>
        <message>
            <location filename="../../forms/analysis_dock.ui" line="138" />
            <source>Données : –</source>
            <translation>Data: –</translation>
        </message>
    </context>
    <context>
        <name>ConditionDialog</name>
        <message>
            <location filename="../../forms/condition_dialog.ui" line="6" />
            <source>Constat d'état – Veille patrimoniale</source>
            <translation>Condition observation – Heritage watch</translation>
        </message>
        <message>
            <location filename="../../forms/condition_dialog.ui" line="10" />
            <source>Inscrit un constat de l'état de conservation d'un ou de plusieurs éléments du Bien (relevé d'état). Les constats s'ajoutent : aucun n'est remplacé.</source>
            <translation>Records an observation of the state of conservation of one or several elements of the property (condition record). Observations add up: none is replaced.</translation>
        </message>
        <message>
            <location filename="../../forms/condition_dialog.ui" line="15" />
            <source>Élément(s)</source>
            <translation>Element(s)</translation>
        </message>
        <message>
            <location filename="../../forms/condition_dialog.ui" line="16" />
            <source>ex. 63V, 19D</source>
            <translation>e.g. 63V, 19D</translation>
        </message>
        <message>
            <location filename="../../forms/condition_dialog.ui" line="18" />
            <source>Relevé initial : tous les éléments sans constat</source>
            <translation>Initial survey: every element without an observation</translation>
        </message>
        <message>
            <location filename="../../forms/condition_dialog.ui" line="18" />
            <source>Inscrit ce constat pour chacun des 353 éléments qui n'en a encore aucun (premier relevé en lot)</source>
            <translation>Records this observation for each of the 353 elements that has none yet (first survey in bulk)</translation>
        </message>
        <message>
            <location filename="../../forms/condition_dialog.ui" line="19" />
            <source>État</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../../forms/condition_dialog.ui" line="21" />
            <source>Constaté le</source>
            <translation>Observed on</translation>
        </message>
        <message>
            <location filename="../../forms/condition_dialog.ui" line="23" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../forms/condition_dialog.ui" line="25" />
            <source>Observateur</source>
            <translation>Observer</translation>
        </message>
        <message>
            <location filename="../../forms/condition_dialog.ui" line="27" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../forms/condition_dialog.ui" line="31" />
            <source>Constats déjà inscrits</source>
            <translation>Observations already recorded</translation>
        </message>
    </context>
    <context>
        <name>ElementChooser</name>
        <message>
            <location filename="../../forms/element_chooser_dialog.ui" line="6" />
            <source>Signaler une alerte – choisir l'élément</source>
            <translation>Report an alert – choose the element</translation>
        </message>
        <message>
            <location filename="../../forms/element_chooser_dialog.ui" line="9" />
            <source>Éléments du Bien à l'endroit cliqué : choisissez celui que l'alerte concerne.</source>
            <translation>Elements of the property at the place clicked: choose the one the alert concerns.</translation>
        </message>
    </context>
    <context>
        <name>OptionsPage</name>
        <message>
            <location filename="../../forms/options_page.ui" line="9" />
            <source>Données de référence du Bien</source>
            <translation>Reference data of the property</translation>
        </message>
        <message>
            <location filename="../../forms/options_page.ui" line="13" />
            <source>Jeu utilisé : –</source>
            <translation>Data set in use: –</translation>
        </message>
        <message>
            <location filename="../../forms/options_page.ui" line="19" />
            <source>Utiliser un autre GeoPackage de référence (publication plus récente convertie avec « reference import »)</source>
            <translation>Use another reference GeoPackage (a newer publication converted with « reference import »)</translation>
        </message>
        <message>
            <location filename="../../forms/options_page.ui" line="55" />
            <source>…</source>
            <translation>…</translation>
        </message>
        <message>
            <location filename="../../forms/options_page.ui" line="30" />
            <source>Décochez pour revenir aux données embarquées dans le plugin. Le même réglage est utilisé par la ligne de commande.</source>
            <translation>Untick to return to the data embedded in the plugin. The command line uses the same setting.</translation>
        </message>
        <message>
            <location filename="../../forms/options_page.ui" line="39" />
            <source>Règles du plan de gestion</source>
            <translation>Management plan rules</translation>
        </message>
        <message>
            <location filename="../../forms/options_page.ui" line="43" />
            <source>Catalogue en vigueur : –</source>
            <translation>Catalogue in force: –</translation>
        </message>
        <message>
            <location filename="../../forms/options_page.ui" line="49" />
            <source>Utiliser mon propre catalogue de règles (YAML ou JSON)</source>
            <translation>Use my own rules catalogue (YAML or JSON)</translation>
        </message>
        <message>
            <location filename="../../forms/options_page.ui" line="60" />
            <source>Un catalogue invalide est refusé avec la liste de ses erreurs (chemin et ligne) ; le catalogue précédent reste alors en vigueur.</source>
            <translation>An invalid catalogue is refused with the list of its errors (path and line); the previous catalogue then stays in force.</translation>
        </message>
        <message>
            <location filename="../../forms/options_page.ui" line="69" />
            <source>Fonds de plan (Plan IGN, photographies aériennes, parcelles cadastrales)</source>
            <translation>Basemaps (Plan IGN, aerial photographs, cadastral parcels)</translation>
        </message>
        <message>
            <location filename="../../forms/options_page.ui" line="73" />
            <source>Adresse du service WMTS des fonds de plan : la Géoplateforme de l'IGN (publique, sans clé) ou un miroir de votre réseau</source>
            <translation>Address of the basemaps' WMTS service: IGN's Géoplateforme (public, no key) or a mirror on your network</translation>
        </message>
        <message>
            <location filename="../../forms/options_page.ui" line="78" />
            <source>Avec les couches de référence, ajouter :</source>
            <translation>With the reference layers, add:</translation>
        </message>
        <message>
            <location filename="../../forms/options_page.ui" line="79" />
            <source>Fond de plan ajouté sous les couches du Bien chaque fois qu'elles sont chargées</source>
            <translation>Basemap added under the layers of the property each time they are loaded</translation>
        </message>
        <message>
            <location filename="../../forms/options_page.ui" line="84" />
            <source>Les fonds de plan s'ajoutent depuis le menu ou le bouton « Fonds de plan » de la barre d'outils. Hors ligne, le plugin le dit ; les analyses n'en ont pas besoin. Videz le champ pour revenir à la Géoplateforme.</source>
            <translation>Basemaps are added from the menu or the toolbar's «Basemaps» button. Offline, the plugin says so; the analyses do not need them. Empty the field to go back to the Géoplateforme.</translation>
        </message>
        <message>
            <location filename="../../forms/options_page.ui" line="93" />
            <source>Veille des PLU en ligne (Géoportail de l'Urbanisme)</source>
            <translation>Online PLU watch (Géoportail de l'Urbanisme)</translation>
        </message>
        <message>
            <location filename="../../forms/options_page.ui" line="97" />
            <source>Adresse du module GPU de l'API Carto (IGN, publique, sans clé) ou d'un miroir de votre réseau</source>
            <translation>Address of the API Carto GPU module (IGN, public, no key) or of a mirror on your network</translation>
        </message>
        <message>
            <location filename="../../forms/options_page.ui" line="102" />
            <source>Sert à « Vérifier les PLU en ligne » (panneau PLU) et aux servitudes AC1, AC2, AC4 des règles. Videz le champ pour revenir au service public.</source>
            <translation>Used by “Check the PLUs online” (PLU panel) and for the rules' AC1, AC2, AC4 servitudes. Empty the field to go back to the public service.</translation>
        </message>
        <message>
            <location filename="../../forms/options_page.ui" line="111" />
            <source>Covisibilité par-dessus le relief (altimétrie de la Géoplateforme)</source>
            <translation>Covisibility over the relief (Géoplateforme altimetry)</translation>
        </message>
        <message>
            <location filename="../../forms/options_page.ui" line="115" />
            <source>Adresse du profil altimétrique elevationLine de la Géoplateforme (IGN, public, sans clé) ou d'un miroir de votre réseau</source>
            <translation>Address of the Géoplateforme elevationLine profile (IGN, public, no key) or of a mirror on your network</translation>
        </message>
        <message>
            <location filename="../../forms/options_page.ui" line="120" />
            <source>Sert à la covisibilité des règles R03, R09 et R10 (dock Règles, balayage, traitements). Videz le champ pour revenir au service public.</source>
            <translation>Used by the covisibility of rules R03, R09 and R10 (Rules dock, sweep, Processing). Empty the field to return to the public service.</translation>
        </message>
    </context>
    <context>
        <name>PluDockContents</name>
        <message>
            <location filename="../../forms/plu_dock.ui" line="6" />
            <source>Veille des PLU</source>
            <translation>PLU monitoring</translation>
        </message>
        <message>
            <location filename="../../forms/plu_dock.ui" line="10" />
            <source>Comparez un PLU en vigueur et son projet.</source>
            <translation>Compare a local plan in force with its draft.</translation>
        </message>
        <message>
            <location filename="../../forms/plu_dock.ui" line="11" />
            <source>Chaque changement est mesuré dans le Bien, la zone tampon et près des éléments. Versions au standard CNIG (dossier, GeoPackage, ZIP ou fichiers ZONE_URBA, PRESCRIPTION_*, INFO_*) : changements de zonage, de prescriptions et d'informations ; le projet est contrôlé avec les règles R13–R18 et R28 du catalogue.</source>
            <translation>Every change is measured in the Property, the buffer zone and near the elements. Versions in the CNIG standard (folder, GeoPackage, ZIP or ZONE_URBA, PRESCRIPTION_*, INFO_* files): changes of zoning, prescriptions and information; the draft is checked with rules R13–R18 and R28 of the catalogue.</translation>
        </message>
        <message>
            <location filename="../../forms/plu_dock.ui" line="16" />
            <source>Version en vigueur</source>
            <translation>Version in force</translation>
        </message>
        <message>
            <location filename="../../forms/plu_dock.ui" line="20" />
            <source>dossier, .gpkg, .zip ou fichiers CNIG</source>
            <translation>folder, .gpkg, .zip or CNIG files</translation>
        </message>
        <message>
            <location filename="../../forms/plu_dock.ui" line="29" />
            <source>…</source>
            <translation>…</translation>
        </message>
        <message>
            <location filename="../../forms/plu_dock.ui" line="19" />
            <source>Nouvelle version</source>
            <translation>New version</translation>
        </message>
        <message>
            <location filename="../../forms/plu_dock.ui" line="81" />
            <source>Commune</source>
            <translation>Commune</translation>
        </message>
        <message>
            <location filename="../../forms/plu_dock.ui" line="23" />
            <source>nom ou code INSEE ; vide = toutes les communes du plan</source>
            <translation>name or INSEE code; empty = every commune of the plan</translation>
        </message>
        <message>
            <location filename="../../forms/plu_dock.ui" line="23" />
            <source>Tapez le début du nom (ex. « Loos ») et choisissez la commune dans la liste : son code INSEE est trouvé pour vous.</source>
            <translation>Type the start of the name (e.g. “Loos”) and choose the commune in the list: its INSEE code is found for you.</translation>
        </message>
        <message>
            <location filename="../../forms/plu_dock.ui" line="24" />
            <source>Distance</source>
            <translation>Distance</translation>
        </message>
        <message>
            <location filename="../../forms/plu_dock.ui" line="24" />
            <source>Un changement à moins de cette distance d'un élément du Bien est dit « près des éléments »</source>
            <translation>A change closer than this to an element of the Property is said to be “near the elements”</translation>
        </message>
        <message>
            <location filename="../../forms/plu_dock.ui" line="25" />
            <source> m</source>
            <translation> m</translation>
        </message>
        <message>
            <location filename="../../forms/plu_dock.ui" line="26" />
            <source>Contrôler (R13–R18, R28)</source>
            <translation>Check (R13–R18, R28)</translation>
        </message>
        <message>
            <location filename="../../forms/plu_dock.ui" line="26" />
            <source>Contrôler le projet avec les règles R13–R18 et R28 du catalogue</source>
            <translation>Check the draft with rules R13–R18 and R28 of the catalogue</translation>
        </message>
        <message>
            <location filename="../../forms/plu_dock.ui" line="27" />
            <source>Résultats</source>
            <translation>Results</translation>
        </message>
        <message>
            <location filename="../../forms/plu_dock.ui" line="34" />
            <source>Comparer</source>
            <translation>Compare</translation>
        </message>
        <message>
            <location filename="../../forms/plu_dock.ui" line="36" />
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../forms/plu_dock.ui" line="42" />
            <source>Bien, zone tampon, abords</source>
            <translation>Property, buffer zone, surroundings</translation>
        </message>
        <message>
            <location filename="../../forms/plu_dock.ui" line="42" />
            <source>seulement les changements dans le Bien, la zone tampon ou près d'un élément</source>
            <translation>only the changes in the property, the buffer zone or near an element</translation>
        </message>
        <message>
            <location filename="../../forms/plu_dock.ui" line="56" />
            <source>Couleurs des lignes du tableau et de la couche des changements</source>
            <translation>Colours of the table rows and of the changes layer</translation>
        </message>
        <message>
            <location filename="../../forms/plu_dock.ui" line="60" />
            <source>Rapport</source>
            <translation>Report</translation>
        </message>
        <message>
            <location filename="../../forms/plu_dock.ui" line="61" />
            <source>Ajouter la couche</source>
            <translation>Add the layer</translation>
        </message>
        <message>
            <location filename="../../forms/plu_dock.ui" line="66" />
            <source>Géoportail de l'Urbanisme</source>
            <translation>Géoportail de l’Urbanisme (online)</translation>
        </message>
        <message>
            <location filename="../../forms/plu_dock.ui" line="67" />
            <source>Vérifier en ligne les PLU des communes du Bien et de la zone tampon, garder leurs versions datées et les comparer</source>
            <translation>Check online the local plans of the communes of the Property and the buffer zone, keep their dated versions and compare them</translation>
        </message>
        <message>
            <location filename="../../forms/plu_dock.ui" line="82" />
            <source>nom ou code INSEE ; vide = toutes (Bien et zone tampon)</source>
            <translation>name or INSEE code; empty = all (Property and buffer zone)</translation>
        </message>
        <message>
            <location filename="../../forms/plu_dock.ui" line="83" />
            <source>Vérifier les PLU en ligne</source>
            <translation>Check the PLUs online</translation>
        </message>
        <message>
            <location filename="../../forms/plu_dock.ui" line="83" />
            <source>Télécharge la version en vigueur (API Carto, module GPU), la garde datée dans le registre si elle est nouvelle et la compare à la précédente.</source>
            <translation>Downloads the version in force (API Carto, GPU module), keeps it dated in the register when it is new and compares it with the previous one.</translation>
        </message>
        <message>
            <location filename="../../forms/plu_dock.ui" line="86" />
            <source>Instantanés gardés dans le registre : choisissez-en deux pour les comparer.</source>
            <translation>Snapshots kept in the register: choose two to compare them.</translation>
        </message>
        <message>
            <location filename="../../forms/plu_dock.ui" line="87" />
            <source>Accepter le changement…</source>
            <translation>Accept the change…</translation>
        </message>
        <message>
            <location filename="../../forms/plu_dock.ui" line="87" />
            <source>La réponse a perdu plus de la moitié de ce que gardait la version précédente. Si ce changement est réel (révision, nouveau document), cette nouvelle vérification la garde et écrit l'acceptation dans l'historique.</source>
            <translation>The answer lost more than half of what the previous version held. If this change is real (revision, new document), this new check keeps it and writes the acceptance in the history.</translation>
        </message>
        <message>
            <location filename="../../forms/plu_dock.ui" line="95" />
            <source>N°</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../forms/plu_dock.ui" line="96" />
            <source>Relevé le</source>
            <translation>Fetched on</translation>
        </message>
        <message>
            <location filename="../../forms/plu_dock.ui" line="97" />
            <source>Document (IDURBA)</source>
            <translation>Document (IDURBA)</translation>
        </message>
        <message>
            <location filename="../../forms/plu_dock.ui" line="98" />
            <source>Communes</source>
            <translation>Communes</translation>
        </message>
        <message>
            <location filename="../../forms/plu_dock.ui" line="99" />
            <source>Entités</source>
            <translation>Features</translation>
        </message>
        <message>
            <location filename="../../forms/plu_dock.ui" line="102" />
            <source>Comparer ces 2 instantanés</source>
            <translation>Compare these 2 snapshots</translation>
        </message>
    </context>
    <context>
        <name>ReportsDockContents</name>
        <message>
            <location filename="../../forms/reports_dock.ui" line="9" />
            <source>Rapports des instances du Bien, tirés du registre de veille : le Comité technique de suivi (ce qui est nouveau sur la période), les comités locaux (un fichier par EPCI) et les fiches de suivi des éléments.</source>
            <translation>Reports for the property's management bodies, drawn from the watch register: the Technical monitoring committee (what is new over the period), the local committees (one file per EPCI) and the follow-up files of the elements.</translation>
        </message>
        <message>
            <location filename="../../forms/reports_dock.ui" line="14" />
            <source>Rapport</source>
            <translation>Report</translation>
        </message>
        <message>
            <location filename="../../forms/reports_dock.ui" line="16" />
            <source>Du</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../forms/reports_dock.ui" line="19" />
            <source>dd/MM/yyyy</source>
            <translation>dd/MM/yyyy</translation>
        </message>
        <message>
            <location filename="../../forms/reports_dock.ui" line="18" />
            <source>Au</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../../forms/reports_dock.ui" line="20" />
            <source>EPCI</source>
            <translation>EPCI</translation>
        </message>
        <message>
            <location filename="../../forms/reports_dock.ui" line="22" />
            <source>Éléments</source>
            <translation>Elements</translation>
        </message>
        <message>
            <location filename="../../forms/reports_dock.ui" line="25" />
            <source>ex. 63V, 19D ; vide = les 353</source>
            <translation>e.g. 63V, 19D; empty = all 353</translation>
        </message>
        <message>
            <location filename="../../forms/reports_dock.ui" line="26" />
            <source>Constat…</source>
            <translation>Observation…</translation>
        </message>
        <message>
            <location filename="../../forms/reports_dock.ui" line="26" />
            <source>Inscrire un constat d'état de ces éléments (ou le relevé initial de tous ceux qui n'en ont pas) : il paraît dans leur fiche de suivi</source>
            <translation>Record a condition observation of these elements (or the initial survey of all those without one): it appears in their follow-up file</translation>
        </message>
        <message>
            <location filename="../../forms/reports_dock.ui" line="29" />
            <source>Commune</source>
            <translation>Commune</translation>
        </message>
        <message>
            <location filename="../../forms/reports_dock.ui" line="30" />
            <source>code INSEE, ex. 62528</source>
            <translation>INSEE code, e.g. 62528</translation>
        </message>
        <message>
            <location filename="../../forms/reports_dock.ui" line="31" />
            <source>Dossier</source>
            <translation>Case</translation>
        </message>
        <message>
            <location filename="../../forms/reports_dock.ui" line="37" />
            <source>Écrire le rapport</source>
            <translation>Write the report</translation>
        </message>
        <message>
            <location filename="../../forms/reports_dock.ui" line="42" />
            <source>Ouvrir le rapport</source>
            <translation>Open the report</translation>
        </message>
    </context>
    <context>
        <name>RulesDockContents</name>
        <message>
            <location filename="../../forms/rules_dock.ui" line="6" />
            <source>Règles du plan de gestion</source>
            <translation>Management plan rules</translation>
        </message>
        <message>
            <location filename="../../forms/rules_dock.ui" line="10" />
            <source>Dossier ou projet</source>
            <translation>Case or project</translation>
        </message>
        <message>
            <location filename="../../forms/rules_dock.ui" line="12" />
            <source>Identifiant</source>
            <translation>Identifier</translation>
        </message>
        <message>
            <location filename="../../forms/rules_dock.ui" line="13" />
            <source>ex. PC 062 498 24 00012</source>
            <translation>e.g. PC 062 498 24 00012</translation>
        </message>
        <message>
            <location filename="../../forms/rules_dock.ui" line="14" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../forms/rules_dock.ui" line="16" />
            <source>Nature</source>
            <translation>Nature</translation>
        </message>
        <message>
            <location filename="../../forms/rules_dock.ui" line="17" />
            <source>Éolienne : la plupart des parcs éoliens relèvent d'une autorisation environnementale, pas d'un permis de construire, et n'apparaissent pas dans le balayage des permis ; analysez-les ici avec le type « projet ».</source>
            <translation>Wind turbine: most wind farms need an environmental authorisation, not a building permit, and do not appear in the permit sweep; screen them here with the type “projet”.</translation>
        </message>
        <message>
            <location filename="../../forms/rules_dock.ui" line="18" />
            <source>Travaux</source>
            <translation>Works</translation>
        </message>
        <message>
            <location filename="../../forms/rules_dock.ui" line="19" />
            <source>ex. démolition, façade, menuiseries, extension</source>
            <translation>e.g. demolition, façade, joinery, extension</translation>
        </message>
        <message>
            <location filename="../../forms/rules_dock.ui" line="20" />
            <source>Hauteur</source>
            <translation>Height</translation>
        </message>
        <message>
            <location filename="../../forms/rules_dock.ui" line="23" />
            <source>non renseignée</source>
            <translation>not given</translation>
        </message>
        <message>
            <location filename="../../forms/rules_dock.ui" line="24" />
            <source> m</source>
            <translation> m</translation>
        </message>
        <message>
            <location filename="../../forms/rules_dock.ui" line="31" />
            <source>Covisibilité (relief, en ligne)</source>
            <translation>Intervisibility (terrain, online)</translation>
        </message>
        <message>
            <location filename="../../forms/rules_dock.ui" line="32" />
            <source>Après les règles, calculer en tâche de fond si le sommet du projet (sa hauteur) est visible par-dessus le relief depuis les monuments, terrils et chevalements que nomment R03, R09 et R10 : profil du terrain de la Géoplateforme, bâti et végétation non pris en compte. Le motif de ces règles, la priorité et la fiche disent la réponse.</source>
            <translation>After the rules, compute in the background whether the top of the project (its height) can be seen over the terrain from the monuments, spoil heaps and headframes that R03, R09 and R10 name: terrain profile of the Géoplateforme, buildings and vegetation not taken into account. The reason of these rules, the priority and the case note give the answer.</translation>
        </message>
        <message>
            <location filename="../../forms/rules_dock.ui" line="40" />
            <source>Identité du dossier</source>
            <translation>Case identity</translation>
        </message>
        <message>
            <location filename="../../forms/rules_dock.ui" line="43" />
            <source>En-tête de la fiche d'analyse (facultatif) : commune, adresse, parcelles, demandeur, dates ; la commune est celle de l'emprise si vous la laissez vide</source>
            <translation>Header of the screening note (optional): commune, address, parcels, applicant, dates; the commune is that of the footprint if you leave it empty</translation>
        </message>
        <message>
            <location filename="../../forms/rules_dock.ui" line="45" />
            <source>Commune</source>
            <translation>Commune</translation>
        </message>
        <message>
            <location filename="../../forms/rules_dock.ui" line="46" />
            <source>celle de l'emprise</source>
            <translation>the footprint's</translation>
        </message>
        <message>
            <location filename="../../forms/rules_dock.ui" line="47" />
            <source>Adresse</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../forms/rules_dock.ui" line="49" />
            <source>Parcelles</source>
            <translation>Parcels</translation>
        </message>
        <message>
            <location filename="../../forms/rules_dock.ui" line="50" />
            <source>ex. 62498 AB 0123</source>
            <translation>e.g. 62498 AB 0123</translation>
        </message>
        <message>
            <location filename="../../forms/rules_dock.ui" line="51" />
            <source>Demandeur</source>
            <translation>Applicant</translation>
        </message>
        <message>
            <location filename="../../forms/rules_dock.ui" line="53" />
            <source>Déposé le</source>
            <translation>Filed on</translation>
        </message>
        <message>
            <location filename="../../forms/rules_dock.ui" line="56" />
            <source>jj/mm/aaaa</source>
            <translation>dd/mm/yyyy</translation>
        </message>
        <message>
            <location filename="../../forms/rules_dock.ui" line="55" />
            <source>Réponse avant le</source>
            <translation>Answer before</translation>
        </message>
        <message>
            <location filename="../../forms/rules_dock.ui" line="64" />
            <source>Pointer</source>
            <translation>Point</translation>
        </message>
        <message>
            <location filename="../../forms/rules_dock.ui" line="65" />
            <source>Localiser le projet par un point (éolienne, antenne…)</source>
            <translation>Locate the project by a point (wind turbine, antenna…)</translation>
        </message>
        <message>
            <location filename="../../forms/rules_dock.ui" line="71" />
            <source>Sélection</source>
            <translation>Selection</translation>
        </message>
        <message>
            <location filename="../../forms/rules_dock.ui" line="72" />
            <source>Prendre l'emprise des entités sélectionnées de la couche active</source>
            <translation>Take the footprint of the selected features of the active layer</translation>
        </message>
        <message>
            <location filename="../../forms/rules_dock.ui" line="77" />
            <source>Dessiner l'emprise</source>
            <translation>Draw the footprint</translation>
        </message>
        <message>
            <location filename="../../forms/rules_dock.ui" line="78" />
            <source>Clic gauche : ajouter un sommet ; clic droit : terminer l'emprise</source>
            <translation>Left click: add a vertex; right click: finish the footprint</translation>
        </message>
        <message>
            <location filename="../../forms/rules_dock.ui" line="86" />
            <source>Emprise : aucune</source>
            <translation>Footprint: none</translation>
        </message>
        <message>
            <location filename="../../forms/rules_dock.ui" line="92" />
            <source>Appliquer les règles</source>
            <translation>Apply the rules</translation>
        </message>
        <message>
            <location filename="../../forms/rules_dock.ui" line="97" />
            <source>Aucune analyse pour l'instant.</source>
            <translation>No analysis yet.</translation>
        </message>
        <message>
            <location filename="../../forms/rules_dock.ui" line="106" />
            <source>Sélectionnez une règle pour lire son motif, son fondement et la recommandation</source>
            <translation>Select a rule to read its reason, its basis and the recommendation</translation>
        </message>
        <message>
            <location filename="../../forms/rules_dock.ui" line="107" />
            <source>Règle</source>
            <translation>Rule</translation>
        </message>
        <message>
            <location filename="../../forms/rules_dock.ui" line="108" />
            <source>Verdict</source>
            <translation>Verdict</translation>
        </message>
        <message>
            <location filename="../../forms/rules_dock.ui" line="109" />
            <source>Sévérité</source>
            <translation>Severity</translation>
        </message>
        <message>
            <location filename="../../forms/rules_dock.ui" line="110" />
            <source>Titre</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../forms/rules_dock.ui" line="120" />
            <source>Copier</source>
            <translation>Copy</translation>
        </message>
        <message>
            <location filename="../../forms/rules_dock.ui" line="121" />
            <source>Fiche d'analyse…</source>
            <translation>Screening note…</translation>
        </message>
        <message>
            <location filename="../../forms/rules_dock.ui" line="121" />
            <source>Enregistrer la fiche d'analyse (HTML et PDF) à joindre à l'avis</source>
            <translation>Save the screening note (HTML and PDF) to attach to the opinion</translation>
        </message>
        <message>
            <location filename="../../forms/rules_dock.ui" line="122" />
            <source>Effacer</source>
            <translation>Clear</translation>
        </message>
        <message>
            <location filename="../../forms/rules_dock.ui" line="123" />
            <source>Fondements…</source>
            <translation>Foundations…</translation>
        </message>
        <message>
            <location filename="../../forms/rules_dock.ui" line="123" />
            <source>Fondements des règles : statut (officielle ou proposition à confirmer), verdict et fondements de chaque règle du catalogue en vigueur</source>
            <translation>Foundations of the rules: status (official or proposal to be confirmed), verdict and foundations of each rule of the catalogue in force</translation>
        </message>
        <message>
            <location filename="../../forms/rules_dock.ui" line="128" />
            <source>Règles : –</source>
            <translation>Rules: –</translation>
        </message>
    </context>
    <context>
        <name>VeilleDockContents</name>
        <message>
            <location filename="../../forms/veille_dock.ui" line="6" />
            <source>Veille des permis</source>
            <translation>Permit monitoring</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="10" />
            <source>Registre : –</source>
            <translation>Register: –</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="11" />
            <source>Ouvrir…</source>
            <translation>Open…</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="11" />
            <source>Ouvrir un autre registre de veille (GeoPackage)</source>
            <translation>Open another monitoring register (GeoPackage)</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="12" />
            <source>PostGIS…</source>
            <translation>PostGIS…</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="12" />
            <source>Registre partagé sur PostgreSQL/PostGIS : service libpq ou hôte/base, avec une configuration d'authentification QGIS (authcfg=…) ; aucun mot de passe n'est enregistré</source>
            <translation>Register shared on PostgreSQL/PostGIS: libpq service or host/database, with a QGIS authentication configuration (authcfg=…); no password is stored</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="13" />
            <source>Actualiser</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="19" />
            <source>Balayage hebdomadaire</source>
            <translation>Weekly sweep</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="23" />
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="27" />
            <source>+</source>
            <translation>+</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="27" />
            <source>Ajouter une liste de permis (Sitadel, CSV, Excel)</source>
            <translation>Add a permit list (Sitadel, CSV, Excel)</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="28" />
            <source>−</source>
            <translation>−</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="31" />
            <source>ajouter aux précédentes</source>
            <translation>add to the previous ones</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="31" />
            <source>Coché : les fichiers ajoutés rejoignent ceux de la liste. Décoché (par défaut) : le fichier de cette semaine remplace celui de la semaine précédente.</source>
            <translation>Ticked: the files added join those of the list. Unticked (default): this week's file replaces last week's.</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="32" />
            <source>Parcelles</source>
            <translation>Parcels</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="33" />
            <source>couche cadastrale (facultative)</source>
            <translation>cadastral layer (optional)</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="36" />
            <source>Listes Sitadel (DiDo)</source>
            <translation>Sitadel lists (DiDo)</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="36" />
            <source>Balaye aussi les listes nationales des autorisations d'urbanisme (Sitadel, SDES), récupérées de l'API DiDo : seulement les mois publiés qui ne sont pas encore gardés, et seulement les communes du bassin minier ; chaque mois est gardé daté dans le dossier de configuration. Hors ligne, les mois gardés sont utilisés et le message le dit.</source>
            <translation>Also sweeps the national lists of planning authorisations (Sitadel, SDES), fetched from the DiDo API: only the months published that are not kept yet, and only the communes of the mining basin; each month is kept, dated, in the configuration folder. Offline, the months kept are used and the message says so.</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="37" />
            <source>Parcelles du cadastre en ligne</source>
            <translation>Parcels from the online cadastre</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="37" />
            <source>Sans fichier de parcelles : le balayage télécharge les parcelles cadastrales des communes citées par les dossiers (cadastre.data.gouv.fr) et les garde en cache ; hors ligne, il utilise la dernière copie et le dit</source>
            <translation>Without a parcel file: the sweep downloads the cadastral parcels of the communes the cases cite (cadastre.data.gouv.fr) and keeps them in a cache; offline, it uses the latest copy and says so</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="38" />
            <source>Covisibilité (relief)</source>
            <translation>Covisibility (relief)</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="38" />
            <source>Pour les dossiers dont la hauteur est connue, trace la ligne de vue par-dessus le relief (profil RGE ALTI de la Géoplateforme, en ligne, 5 requêtes par seconde au plus, profils gardés en cache) vers les monuments, terrils et chevalements que nomment les règles R03, R09 et R10. Bâti et végétation non pris en compte ; hors ligne, « inconnu (hors ligne) ».</source>
            <translation>For cases whose height is known, draws the sight line over the relief (Géoplateforme RGE ALTI profile, online, at most 5 requests per second, profiles kept in a cache) to the monuments, spoil heaps and headframes that rules R03, R09 and R10 name. Buildings and vegetation are not taken into account; offline, “unknown (offline)”.</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="45" />
            <source>…</source>
            <translation>…</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="42" />
            <source>Les parcs éoliens relèvent le plus souvent d'une autorisation environnementale, absente des listes de permis : analysez-les dans le dock Règles avec le type « projet ».</source>
            <translation>Wind farms mostly need an environmental authorisation, absent from the permit lists: screen them in the Rules dock with the type “projet”.</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="43" />
            <source>Résultats</source>
            <translation>Results</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="48" />
            <source>Lancer le balayage</source>
            <translation>Run the sweep</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="49" />
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="58" />
            <source>Balayage</source>
            <translation>Sweep</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="59" />
            <source>Chaque balayage garde son rapport dans son propre dossier daté ; choisissez un balayage pour voir ses mentions « nouveau », « modifié » et « disparu », et ouvrir son rapport</source>
            <translation>Each sweep keeps its report in its own dated folder; choose a sweep to see its “new”, “modified” and “gone” flags, and to open its report</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="60" />
            <source>Rapport</source>
            <translation>Report</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="60" />
            <source>Ouvrir le rapport du balayage choisi (gardé dans son dossier daté)</source>
            <translation>Open the chosen sweep's report (kept in its dated folder)</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="65" />
            <source>Nouveaux de
ce balayage</source>
            <translation>New in
this sweep</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="65" />
            <source>N'afficher que les dossiers nouveaux du balayage choisi (avec les autres filtres)</source>
            <translation>Show only the cases new in the chosen sweep (with the other filters)</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="66" />
            <source>Dans
le Bien</source>
            <translation>In the
property</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="66" />
            <source>N'afficher que les dossiers situés dans le Bien inscrit (avec les autres filtres)</source>
            <translation>Show only the cases inside the inscribed property (with the other filters)</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="67" />
            <source>Autorisés
sans avis</source>
            <translation>Authorised,
no opinion</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="67" />
            <source>N'afficher que les dossiers autorisés (accordé, accordé avec prescriptions) dans le Bien ou la zone tampon sans avis inscrit au registre, par priorité (avec les autres filtres)</source>
            <translation>Show only the cases authorised (granted, granted with conditions) in the property or the buffer zone with no opinion (avis) recorded in the register, by priority (with the other filters)</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="73" />
            <source>Autres filtres</source>
            <translation>More filters</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="81" />
            <source>commune…</source>
            <translation>commune…</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="82" />
            <source>dossier, travaux, élément…</source>
            <translation>case, works, element…</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="83" />
            <source>Déposé entre</source>
            <translation>Filed between</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="86" />
            <source>dd/MM/yyyy</source>
            <translation>dd/MM/yyyy</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="85" />
            <source>et le</source>
            <translation>and</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="91" />
            <source>0 dossier</source>
            <translation>0 cases</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="101" />
            <source>Double-cliquez un dossier pour zoomer dessus</source>
            <translation>Double-click a case to zoom to it</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="106" />
            <source>Suites du dossier</source>
            <translation>What became of the case</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="108" />
            <source>Statut</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="109" />
            <source>Le statut « avis émis » suit l'avis : choisissez l'avis ci-dessous, le statut change avec lui</source>
            <translation>The status “opinion given” follows the opinion: choose the opinion below, the status changes with it</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="110" />
            <source>Avis</source>
            <translation>Opinion</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="111" />
            <source>L'avis donné sur le dossier, enregistré ici seulement : le statut passe à « avis émis » avec lui</source>
            <translation>The opinion given on the case, recorded here only: the status becomes “opinion given” with it</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="147" />
            <source>jj/mm/aaaa</source>
            <translation>dd/mm/yyyy</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="114" />
            <source>Suivi par</source>
            <translation>Followed by</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="116" />
            <source>Commentaire</source>
            <translation>Comment</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="120" />
            <source>Enregistrer</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="120" />
            <source>Enregistrer le statut, l'avis, le suivi et le commentaire : chaque changement est inscrit à l'historique du dossier</source>
            <translation>Save the status, the opinion, who follows the case and the comment: each change is written to the case's history</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="121" />
            <source>Fiche d'analyse…</source>
            <translation>Screening fiche…</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="121" />
            <source>Fiche d'analyse du dossier (PDF de deux pages, avec son identité, sa carte et un projet d'avis à reprendre)</source>
            <translation>Screening fiche of the case (two-page PDF, with its identity, its map and a draft advice to edit)</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="122" />
            <source>Signaler une alerte…</source>
            <translation>Report an alert…</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="122" />
            <source>Ouvrir une alerte « site en péril » sur les éléments touchés par ce dossier</source>
            <translation>Open a « heritage at risk » alert on the elements this case touches</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="130" />
            <source>Dossier</source>
            <translation>Case</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="132" />
            <source>Choisissez un dossier dans la liste : ses travaux, son adresse, ses parcelles, son demandeur et les règles qu'il déclenche s'affichent ici.</source>
            <translation>Choose a case in the list: its works, address, parcels, applicant and the rules it triggers are shown here.</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="133" />
            <source>Historique</source>
            <translation>History</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="140" />
            <source>Décision et travaux</source>
            <translation>Decision and works</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="142" />
            <source>Décision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="145" />
            <source>Travaux</source>
            <translation>Works</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="148" />
            <source>Constat</source>
            <translation>Observation</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="149" />
            <source>ce qui a été vu sur place</source>
            <translation>what was seen on site</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="150" />
            <source>Enregistrer les suites</source>
            <translation>Save the follow-up</translation>
        </message>
        <message>
            <location filename="../../forms/veille_dock.ui" line="150" />
            <source>Décision de l'autorité compétente, conformité des travaux (et l'avis ci-dessus) : chaque changement est inscrit à l'historique du dossier</source>
            <translation>Decision of the competent authority, conformity of the works (and the opinion above): each change is written to the case's history</translation>
        </message>
    </context>
    <context>
        <name>VeillePatrimoniale</name>
        <message>
            <location filename="../../veille_plugin/gui/alerts_dock.py" line="28" />
            <source>N°</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/cases_model.py" line="19" />
            <source>Priorité</source>
            <translation>Priority</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/cases_model.py" line="19" />
            <source>Statut</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/alerts_dock.py" line="28" />
            <source>Titre</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/cases_model.py" line="19" />
            <source>Éléments</source>
            <translation>Elements</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/exports.py" line="48" />
            <source>Commune(s)</source>
            <translation>Commune(s)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/exports.py" line="49" />
            <source>Catégorie (2016)</source>
            <translation>Category (2016)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/condition_dialog.py" line="22" />
            <source>État</source>
            <translation>Condition</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/alerts_dock.py" line="28" />
            <source>Tendance</source>
            <translation>Trend</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/exports.py" line="52" />
            <source>Type de propriétaire</source>
            <translation>Type of owner</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/exports.py" line="53" />
            <source>Propriétaire</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/exports.py" line="54" />
            <source>Menaces (facteurs UNESCO)</source>
            <translation>Threats (UNESCO factors)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/exports.py" line="55" />
            <source>Actions réalisées</source>
            <translation>Actions taken</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/exports.py" line="56" />
            <source>Actions prévues</source>
            <translation>Actions planned</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/exports.py" line="57" />
            <source>Partenaires alertés</source>
            <translation>Partners alerted</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/exports.py" line="58" />
            <source>Date du constat</source>
            <translation>Date observed</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/exports.py" line="59" />
            <source>Dernière modification</source>
            <translation>Last changed</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/exports.py" line="60" />
            <source>Motif de clôture</source>
            <translation>Reason for closing</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/exports.py" line="188" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/exports.py" line="189" />
            <source>Auteur</source>
            <translation>Author</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/exports.py" line="190" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/exports.py" line="191" />
            <source>Champ</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/exports.py" line="192" />
            <source>Ancienne valeur</source>
            <translation>Old value</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/exports.py" line="193" />
            <source>Nouvelle valeur</source>
            <translation>New value</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/model.py" line="40" />
            <source>Risque immédiat de dégradation rapide ou de perte ; aucune solution convenue</source>
            <translation>Immediate risk of rapid deterioration or loss; no solution agreed</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/model.py" line="40" />
            <source>Dégradation lente ; aucune solution convenue</source>
            <translation>Slow decay; no solution agreed</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/model.py" line="40" />
            <source>Dégradation lente ; solution convenue mais pas encore mise en œuvre</source>
            <translation>Slow decay; solution agreed but not yet implemented</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/model.py" line="82" />
            <source>risque immédiat, aucune solution</source>
            <translation>immediate risk, no solution</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/model.py" line="83" />
            <source>risque immédiat, solution convenue</source>
            <translation>immediate risk, solution agreed</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/model.py" line="84" />
            <source>dégradation lente, aucune solution</source>
            <translation>slow decay, no solution</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/model.py" line="85" />
            <source>dégradation lente, solution convenue</source>
            <translation>slow decay, solution agreed</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/model.py" line="86" />
            <source>sans usage ni repreneur</source>
            <translation>no use and no buyer</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/model.py" line="87" />
            <source>réparation en cours</source>
            <translation>repairs in progress</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/model.py" line="91" />
            <source>Sites appartenant à des particuliers</source>
            <translation>Sites owned by private individuals</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/model.py" line="91" />
            <source>Équipements communaux dont la commune ne peut assumer l'entretien</source>
            <translation>Communal facilities whose upkeep the commune cannot afford</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/model.py" line="160" />
            <source>Noms des éléments</source>
            <translation>Element names</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/model.py" line="161" />
            <source>Commune (INSEE)</source>
            <translation>Commune (INSEE)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/plu_dock.py" line="23" />
            <source>Commune</source>
            <translation>Commune</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/model.py" line="166" />
            <source>Créée par</source>
            <translation>Created by</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/model.py" line="167" />
            <source>Créée le</source>
            <translation>Created on</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/model.py" line="168" />
            <source>Modifiée par</source>
            <translation>Changed by</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/alerts_dock.py" line="28" />
            <source>Modifiée le</source>
            <translation>Changed on</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/model.py" line="170" />
            <source>Close le</source>
            <translation>Closed on</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/model.py" line="171" />
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/basemaps.py" line="35" />
            <source>Plan IGN (rues, bâtiments, noms de lieux)</source>
            <translation>Plan IGN (streets, buildings, place names)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/basemaps.py" line="35" />
            <source>Photographies aériennes (IGN)</source>
            <translation>Aerial photographs (IGN)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/basemaps.py" line="35" />
            <source>Parcelles cadastrales et bâtiments du cadastre (PCI)</source>
            <translation>Cadastral parcels and cadastre buildings (PCI)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="79" />
            <source>valeur attendue</source>
            <translation>value expected</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="79" />
            <source>virgule attendue</source>
            <translation>comma expected</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="79" />
            <source>deux-points attendu</source>
            <translation>colon expected</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="79" />
            <source>nom de champ entre guillemets doubles attendu</source>
            <translation>field name in double quotes expected</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="79" />
            <source>texte en trop après la fin du document</source>
            <translation>extra text after the end of the document</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="79" />
            <source>texte entre guillemets non refermé</source>
            <translation>unclosed quoted text</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="79" />
            <source>caractère de contrôle interdit</source>
            <translation>forbidden control character</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="79" />
            <source>échappement « \ » invalide</source>
            <translation>invalid “\” escape</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="79" />
            <source>échappement « \u » invalide</source>
            <translation>invalid “\u” escape</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="79" />
            <source>virgule en trop avant la fin</source>
            <translation>extra comma before the end</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="79" />
            <source>« : » inattendu (une valeur contenant « : » doit être entre guillemets)</source>
            <translation>unexpected “:” (a value containing “:” must be quoted)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="79" />
            <source>« : » attendu après une clé</source>
            <translation>“:” expected after a key</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="79" />
            <source>clé attendue (indentation incorrecte ?)</source>
            <translation>key expected (wrong indentation?)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="79" />
            <source>élément de liste « - » attendu (indentation incorrecte ?)</source>
            <translation>list item “-” expected (wrong indentation?)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="79" />
            <source>indentation incorrecte</source>
            <translation>wrong indentation</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="79" />
            <source>caractère interdit à cet endroit (tabulation ?)</source>
            <translation>character not allowed here (a tab?)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="79" />
            <source>alias YAML non défini</source>
            <translation>undefined YAML alias</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="79" />
            <source>ancre YAML définie deux fois</source>
            <translation>YAML anchor defined twice</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="79" />
            <source>fin de fichier inattendue</source>
            <translation>unexpected end of file</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="79" />
            <source>« : » inattendu</source>
            <translation>unexpected “:”</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="79" />
            <source>virgule ou crochet fermant attendu</source>
            <translation>comma or closing bracket expected</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="79" />
            <source>texte en trop sur la ligne</source>
            <translation>extra text on the line</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="79" />
            <source>nom d'ancre ou d'alias invalide</source>
            <translation>invalid anchor or alias name</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="364" />
            <source>texte</source>
            <translation>text</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="365" />
            <source>nombre</source>
            <translation>number</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="366" />
            <source>entier</source>
            <translation>integer</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="367" />
            <source>liste</source>
            <translation>list</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="368" />
            <source>objet</source>
            <translation>object</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="369" />
            <source>booléen (true/false)</source>
            <translation>boolean (true/false)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="370" />
            <source>vide (null)</source>
            <translation>empty (null)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/http.py" line="62" />
            <source>requête refusée</source>
            <translation>request refused</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/http.py" line="63" />
            <source>authentification requise</source>
            <translation>authentication required</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/http.py" line="64" />
            <source>accès refusé</source>
            <translation>access denied</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/http.py" line="65" />
            <source>adresse introuvable</source>
            <translation>address not found</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/http.py" line="66" />
            <source>méthode refusée</source>
            <translation>method not allowed</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/http.py" line="67" />
            <source>format de réponse refusé</source>
            <translation>answer format not acceptable</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/http.py" line="68" />
            <source>authentification du proxy requise</source>
            <translation>proxy authentication required</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/http.py" line="69" />
            <source>délai dépassé côté serveur</source>
            <translation>server-side timeout</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/http.py" line="70" />
            <source>ressource supprimée</source>
            <translation>resource removed</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/http.py" line="71" />
            <source>requête trop volumineuse</source>
            <translation>request too large</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/http.py" line="72" />
            <source>adresse trop longue</source>
            <translation>address too long</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/http.py" line="73" />
            <source>trop de requêtes, réessayez plus tard</source>
            <translation>too many requests, try again later</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/http.py" line="74" />
            <source>erreur interne du service</source>
            <translation>internal error of the service</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/http.py" line="75" />
            <source>fonction non prise en charge par le service</source>
            <translation>function not supported by the service</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/http.py" line="76" />
            <source>passerelle en erreur</source>
            <translation>bad gateway</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/http.py" line="77" />
            <source>service indisponible</source>
            <translation>service unavailable</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/http.py" line="78" />
            <source>passerelle sans réponse du service</source>
            <translation>gateway got no answer from the service</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/impact/assessment.py" line="31" />
            <source>{d:.1f} km</source>
            <translation>{d:.1f} km</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/impact/assessment.py" line="32" />
            <source>travaux non précisés</source>
            <translation>unspecified works</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/impact/assessment.py" line="33" />
            <source>dans le cadre de {a} ({f}), à {d}</source>
            <translation>in the setting of {a} ({f}), {d} away</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/impact/assessment.py" line="34" />
            <source>touche {a} ({f})</source>
            <translation>touches {a} ({f})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/impact/assessment.py" line="35" />
            <source> (vue masquée par le relief : ampleur réduite)</source>
            <translation> (view hidden by the terrain: magnitude lowered)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/impact/assessment.py" line="36" />
            <source>abords de {id} « {nom} » ({p})</source>
            <translation>surroundings of {id} « {nom} » ({p})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/impact/assessment.py" line="37" />
            <source>composante n° {n} « {nom} »</source>
            <translation>component no. {n} « {nom} »</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/impact/assessment.py" line="38" />
            <source>espace de vue vers {t}</source>
            <translation>viewing space towards {t}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/impact/method.py" line="23" />
            <source>fichier de méthode d'évaluation d'impact</source>
            <translation>an impact assessment method file</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/os_words.py" line="13" />
            <source>fichier ou dossier introuvable</source>
            <translation>file or folder not found</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/os_words.py" line="14" />
            <source>accès refusé (droits insuffisants)</source>
            <translation>access denied (insufficient rights)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/os_words.py" line="15" />
            <source>opération non permise (droits insuffisants)</source>
            <translation>operation not permitted (insufficient rights)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/gpkg.py" line="111" />
            <source>disque plein</source>
            <translation>disk full</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/os_words.py" line="17" />
            <source>système de fichiers en lecture seule</source>
            <translation>read-only file system</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/os_words.py" line="18" />
            <source>nom trop long (255 octets au plus par nom)</source>
            <translation>name too long (255 bytes at most per name)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/os_words.py" line="19" />
            <source>c'est un dossier, pas un fichier</source>
            <translation>it is a folder, not a file</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/os_words.py" line="20" />
            <source>un élément du chemin n'est pas un dossier</source>
            <translation>a part of the path is not a folder</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/os_words.py" line="21" />
            <source>existe déjà</source>
            <translation>already exists</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/os_words.py" line="22" />
            <source>erreur d'entrée-sortie du disque</source>
            <translation>disk input/output error</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/os_words.py" line="23" />
            <source>fichier ou périphérique occupé</source>
            <translation>file or device busy</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/os_words.py" line="24" />
            <source>trop de fichiers ouverts</source>
            <translation>too many open files</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/os_words.py" line="25" />
            <source>trop de liens symboliques (boucle)</source>
            <translation>too many symbolic links (loop)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/os_words.py" line="26" />
            <source>dossier non vide</source>
            <translation>folder not empty</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/os_words.py" line="27" />
            <source>déplacement impossible d'un disque à un autre</source>
            <translation>cannot move from one disk to another</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/os_words.py" line="28" />
            <source>nom ou paramètre invalide</source>
            <translation>invalid name or parameter</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/os_words.py" line="29" />
            <source>délai d'attente dépassé</source>
            <translation>timed out</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/os_words.py" line="30" />
            <source>connexion refusée</source>
            <translation>connection refused</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/os_words.py" line="31" />
            <source>connexion coupée par l'autre côté</source>
            <translation>connection reset by the other side</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="90" />
            <source>réseau inaccessible</source>
            <translation>network unreachable</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="90" />
            <source>serveur inaccessible</source>
            <translation>server unreachable</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/os_words.py" line="36" />
            <source>quota disque dépassé</source>
            <translation>disk quota exceeded</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/gazetteer.py" line="64" />
            <source>identifiant</source>
            <translation>identifier</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/gazetteer.py" line="65" />
            <source>nom</source>
            <translation>name</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/gazetteer.py" line="66" />
            <source>autre nom</source>
            <translation>other name</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="114" />
            <source>commune</source>
            <translation>commune</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/gazetteer.py" line="68" />
            <source>composante</source>
            <translation>component</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/gazetteer.py" line="69" />
            <source>type</source>
            <translation>type</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/places.py" line="45" />
            <source>dans le Bien inscrit</source>
            <translation>in the inscribed property</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/places.py" line="46" />
            <source>en partie dans le Bien inscrit</source>
            <translation>partly in the inscribed property</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/veille_dock.py" line="65" />
            <source>zone tampon</source>
            <translation>buffer zone</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/places.py" line="48" />
            <source>hors du Bien et de la zone tampon</source>
            <translation>outside the property and its buffer zone</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/search_lexicon.py" line="54" />
            <source>cité minière</source>
            <translation>mining housing estate</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/search_lexicon.py" line="55" />
            <source>fosse, puits ou chevalement</source>
            <translation>pit, shaft or headframe</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/search_lexicon.py" line="56" />
            <source>terril</source>
            <translation>spoil heap</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/search_lexicon.py" line="57" />
            <source>cavalier</source>
            <translation>mining railway</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/search_lexicon.py" line="58" />
            <source>édifice religieux</source>
            <translation>religious building</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/search_lexicon.py" line="59" />
            <source>école</source>
            <translation>school</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/search_lexicon.py" line="60" />
            <source>équipement de santé</source>
            <translation>health facility</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/search_lexicon.py" line="61" />
            <source>monument</source>
            <translation>monument</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/search_lexicon.py" line="62" />
            <source>grands bureaux</source>
            <translation>head offices</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/search_lexicon.py" line="63" />
            <source>gare</source>
            <translation>station</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/search_lexicon.py" line="64" />
            <source>hôtel de ville</source>
            <translation>town hall</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/search_lexicon.py" line="65" />
            <source>équipement de loisirs</source>
            <translation>leisure facility</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/search_lexicon.py" line="66" />
            <source>maison ou château</source>
            <translation>house or manor</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/search_lexicon.py" line="67" />
            <source>espace naturel</source>
            <translation>natural area</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/cases_model.py" line="19" />
            <source>Dossier</source>
            <translation>Case</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/case_view.py" line="21" />
            <source>Pourquoi cette priorité</source>
            <translation>Why this priority</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/case_view.py" line="21" />
            <source>Paragraphe 172</source>
            <translation>Paragraph 172</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/cases_model.py" line="19" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/case_view.py" line="21" />
            <source>Travaux</source>
            <translation>Works</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/case_view.py" line="21" />
            <source>Nature du projet</source>
            <translation>Kind of project</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/case_view.py" line="21" />
            <source>Hauteur</source>
            <translation>Height</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/case_view.py" line="21" />
            <source>Adresse</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/case_view.py" line="21" />
            <source>Parcelles</source>
            <translation>Parcels</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/case_view.py" line="21" />
            <source>Demandeur</source>
            <translation>Applicant</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/cases_model.py" line="19" />
            <source>Dépôt</source>
            <translation>Filed</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/case_view.py" line="21" />
            <source>Statut du dossier</source>
            <translation>Case status</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/cases_model.py" line="19" />
            <source>Zone</source>
            <translation>Zone</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/case_view.py" line="21" />
            <source>Localisé par</source>
            <translation>Located by</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/case_view.py" line="21" />
            <source>Éléments du Bien</source>
            <translation>Elements of the property</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/plu_dock.py" line="23" />
            <source>Éléments proches</source>
            <translation>Nearby elements</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/case_view.py" line="21" />
            <source>Abords de monuments historiques</source>
            <translation>Surroundings of historic monuments</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/cases_model.py" line="19" />
            <source>Sévérité</source>
            <translation>Severity</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/case_view.py" line="21" />
            <source>Règles déclenchées</source>
            <translation>Rules triggered</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/case_view.py" line="21" />
            <source>Règles sans leur donnée</source>
            <translation>Rules lacking their data</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/case_view.py" line="21" />
            <source>Avis</source>
            <translation>Advice</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/case_view.py" line="21" />
            <source>Décision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/case_view.py" line="21" />
            <source>Travaux réalisés</source>
            <translation>Works as built</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/case_view.py" line="21" />
            <source>Vu pour la première fois</source>
            <translation>First seen</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/condition_dialog.py" line="22" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/gpkg.py" line="109" />
            <source>base en lecture seule</source>
            <translation>read-only database</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/gpkg.py" line="110" />
            <source>fichier impossible à ouvrir</source>
            <translation>file cannot be opened</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/gpkg.py" line="112" />
            <source>erreur d'écriture sur le disque</source>
            <translation>disk write error</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/gpkg.py" line="113" />
            <source>base verrouillée</source>
            <translation>database locked</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/gpkg.py" line="114" />
            <source>table verrouillée</source>
            <translation>table locked</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/gpkg.py" line="115" />
            <source>ce n'est pas une base SQLite</source>
            <translation>not an SQLite database</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/gpkg.py" line="116" />
            <source>base SQLite endommagée</source>
            <translation>damaged SQLite database</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/gpkg.py" line="117" />
            <source>table absente (registre incomplet)</source>
            <translation>missing table (incomplete register)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/gpkg.py" line="118" />
            <source>colonne absente (registre incomplet)</source>
            <translation>missing column (incomplete register)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="90" />
            <source>connexion coupée par le serveur (arrêt ou redémarrage)</source>
            <translation>connection cut by the server (shutdown or restart)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="70" />
            <source>connexion coupée par le serveur (plantage d'un autre processus)</source>
            <translation>connection cut by the server (another process crashed)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="71" />
            <source>le serveur démarre ou s'arrête : réessayez dans un instant</source>
            <translation>the server is starting or stopping: try again in a moment</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="72" />
            <source>requête annulée (délai dépassé ou annulation)</source>
            <translation>query cancelled (timeout or cancellation)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="73" />
            <source>droits insuffisants pour ce compte PostgreSQL</source>
            <translation>insufficient rights for this PostgreSQL account</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="90" />
            <source>mot de passe refusé</source>
            <translation>password refused</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="75" />
            <source>connexion non autorisée pour ce compte</source>
            <translation>connection not allowed for this account</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="90" />
            <source>base de données inexistante</source>
            <translation>database does not exist</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="90" />
            <source>disque plein sur le serveur</source>
            <translation>disk full on the server</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="78" />
            <source>mémoire insuffisante sur le serveur</source>
            <translation>out of memory on the server</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="90" />
            <source>trop de connexions ouvertes sur le serveur</source>
            <translation>too many connections open on the server</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="80" />
            <source>conflit avec une écriture simultanée : recommencez</source>
            <translation>conflict with a simultaneous write: try again</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="81" />
            <source>blocage mutuel avec une autre écriture : recommencez</source>
            <translation>deadlock with another write: try again</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="82" />
            <source>données verrouillées par une autre écriture</source>
            <translation>data locked by another write</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="83" />
            <source>serveur en lecture seule</source>
            <translation>read-only server</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="84" />
            <source>fichier absent sur le serveur (extension PostGIS non installée ?)</source>
            <translation>file missing on the server (PostGIS extension not installed?)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="87" />
            <source>fonction non prise en charge par ce serveur</source>
            <translation>function not supported by this server</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="90" />
            <source>connexion déjà fermée</source>
            <translation>connection already closed</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="90" />
            <source>curseur déjà fermé</source>
            <translation>cursor already closed</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="90" />
            <source>le serveur a fermé la connexion de façon inattendue</source>
            <translation>the server closed the connection unexpectedly</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="90" />
            <source>connexion sécurisée fermée de façon inattendue</source>
            <translation>secure connection closed unexpectedly</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="90" />
            <source>connexion sécurisée interrompue</source>
            <translation>secure connection interrupted</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="90" />
            <source>plus de réponse du serveur</source>
            <translation>no more answer from the server</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="90" />
            <source>envoi au serveur impossible</source>
            <translation>cannot send to the server</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="90" />
            <source>pas de connexion au serveur</source>
            <translation>no connection to the server</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="90" />
            <source>mot de passe manquant</source>
            <translation>password missing</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="90" />
            <source>connexion non autorisée par le serveur (pg_hba.conf)</source>
            <translation>connection not allowed by the server (pg_hba.conf)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="90" />
            <source>utilisateur PostgreSQL inconnu</source>
            <translation>unknown PostgreSQL user</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="90" />
            <source>le serveur démarre : réessayez dans un instant</source>
            <translation>the server is starting: try again in a moment</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="90" />
            <source>le serveur est en cours d'arrêt</source>
            <translation>the server is shutting down</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="90" />
            <source>le serveur redémarre après un incident : réessayez dans un instant</source>
            <translation>the server is recovering from a failure: try again in a moment</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="90" />
            <source>connexion refusée (serveur arrêté, ou mauvais hôte ou port ?)</source>
            <translation>connection refused (server stopped, or wrong host or port?)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="90" />
            <source>nom du serveur introuvable</source>
            <translation>server name not found</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="90" />
            <source>délai de connexion dépassé</source>
            <translation>connection timed out</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="90" />
            <source>serveur local introuvable (pas de socket à cet endroit)</source>
            <translation>local server not found (no socket there)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="90" />
            <source>mémoire insuffisante</source>
            <translation>out of memory</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="90" />
            <source>connexion au serveur impossible</source>
            <translation>cannot connect to the server</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/indicators.py" line="32" />
            <source>demandées</source>
            <translation>requested</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/indicators.py" line="33" />
            <source>accordées</source>
            <translation>granted</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/indicators.py" line="34" />
            <source>selon le relevé d'état</source>
            <translation>according to the condition record</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/indicators.py" line="35" />
            <source>selon les alertes</source>
            <translation>according to the alerts</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/indicators.py" line="36" />
            <source>communes dont un PLU a été relevé</source>
            <translation>communes whose PLU was fetched</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/indicators.py" line="37" />
            <source>dont le PLU porte le périmètre UNESCO</source>
            <translation>whose PLU carries the UNESCO perimeter</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/indicators.py" line="38" />
            <source>dont le PLU porte des protections L.151-19</source>
            <translation>whose PLU carries L.151-19 protections</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/indicators.py" line="39" />
            <source>dont le PLU porte le périmètre du permis de démolir</source>
            <translation>whose PLU carries the demolition permit perimeter</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/catalogue.py" line="36" />
            <source>catalogue de règles</source>
            <translation>a rules catalogue</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="59" />
            <source>périmètre du site classé de la chaîne des terrils</source>
            <translation>perimeter of the listed site of the chain of spoil heaps</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="60" />
            <source>cônes de vue</source>
            <translation>view cones</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="61" />
            <source>Aires d'Influence Paysagère</source>
            <translation>Landscape Influence Areas</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="62" />
            <source>périmètre UNESCO reporté dans le PLU</source>
            <translation>UNESCO perimeter carried into the PLU</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="63" />
            <source>protections patrimoniales du PLU (L.151-19)</source>
            <translation>heritage protections of the PLU (L.151-19)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="66" />
            <source>périmètre du permis de démolir</source>
            <translation>demolition permit perimeter</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="67" />
            <source>zones ouvertes à l'urbanisation</source>
            <translation>zones opened to development</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="68" />
            <source>zones constructibles du PLU (U, AUc, AUs)</source>
            <translation>buildable zones of the PLU (U, AUc, AUs)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="69" />
            <source>plans de prévention des risques</source>
            <translation>risk prevention plans</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="70" />
            <source>périmètres délimités des abords</source>
            <translation>delimited surroundings perimeters (PDA)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="45" />
            <source>Fiche d'analyse – Veille patrimoniale</source>
            <translation>Screening note – Heritage watch</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/run.py" line="167" />
            <source>absent de cette livraison de la source</source>
            <translation>missing from this delivery of the source</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/unesco_factors.py" line="15" />
            <source>Constructions et développement</source>
            <translation>Buildings and development</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/unesco_factors.py" line="16" />
            <source>Infrastructures de transport</source>
            <translation>Transportation infrastructure</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/unesco_factors.py" line="17" />
            <source>Infrastructures de services</source>
            <translation>Utilities or service infrastructure</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/unesco_factors.py" line="18" />
            <source>Pollution</source>
            <translation>Pollution</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/unesco_factors.py" line="19" />
            <source>Utilisation ou modification des ressources biologiques</source>
            <translation>Biological resource use/modification</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/unesco_factors.py" line="20" />
            <source>Extraction de ressources physiques</source>
            <translation>Physical resource extraction</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/unesco_factors.py" line="21" />
            <source>Conditions locales affectant le tissu physique</source>
            <translation>Local conditions affecting physical fabric</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/unesco_factors.py" line="22" />
            <source>Utilisations sociales et culturelles du patrimoine</source>
            <translation>Social/cultural uses of heritage</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/unesco_factors.py" line="23" />
            <source>Autres activités humaines</source>
            <translation>Other human activities</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/unesco_factors.py" line="24" />
            <source>Changement climatique et phénomènes météorologiques extrêmes</source>
            <translation>Climate change and severe weather events</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/unesco_factors.py" line="25" />
            <source>Événements écologiques ou géologiques soudains</source>
            <translation>Sudden ecological or geological events</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/unesco_factors.py" line="26" />
            <source>Espèces envahissantes, exotiques ou hyper-abondantes</source>
            <translation>Invasive/alien or hyper-abundant species</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/unesco_factors.py" line="27" />
            <source>Facteurs de gestion et institutionnels</source>
            <translation>Management and institutional factors</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/unesco_factors.py" line="28" />
            <source>Autre(s) facteur(s)</source>
            <translation>Other factor(s)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/unesco_factors.py" line="32" />
            <source>Logement</source>
            <translation>Housing</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/unesco_factors.py" line="33" />
            <source>Développement commercial</source>
            <translation>Commercial development</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/unesco_factors.py" line="34" />
            <source>Zones industrielles</source>
            <translation>Industrial areas</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/unesco_factors.py" line="35" />
            <source>Hébergement touristique et infrastructures associées</source>
            <translation>Major visitor accommodation and associated infrastructure</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/unesco_factors.py" line="36" />
            <source>Équipements d'interprétation et d'accueil des visiteurs</source>
            <translation>Interpretative and visitation facilities</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/veille_dock.py" line="64" />
            <source>Bien</source>
            <translation>Property</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/veille_dock.py" line="66" />
            <source>hors</source>
            <translation>outside</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="108" />
            <source>commune seulement</source>
            <translation>commune only</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/veille_dock.py" line="68" />
            <source>non localisé</source>
            <translation>not located</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="376" />
            <source>parcelles</source>
            <translation>parcels</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="113" />
            <source>coordonnées</source>
            <translation>coordinates</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="115" />
            <source>géométrie</source>
            <translation>geometry</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="138" />
            <source>zone agricole ou naturelle ouverte à l'urbanisation (A/N → U/AU)</source>
            <translation>agricultural or natural zone opened to development (A/N → U/AU)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="141" />
            <source>zone urbaine ou à urbaniser rendue agricole ou naturelle (U/AU → A/N)</source>
            <translation>urban or future development zone returned to agricultural or natural (U/AU → A/N)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="144" />
            <source>changement de type de zone</source>
            <translation>change of zone type</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="145" />
            <source>changement du nom de la zone seul</source>
            <translation>zone name changed only</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="146" />
            <source>territoire retiré du plan</source>
            <translation>territory removed from the plan</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="147" />
            <source>territoire ajouté au plan</source>
            <translation>territory added to the plan</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="148" />
            <source>prescription supprimée</source>
            <translation>prescription removed</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="149" />
            <source>prescription ajoutée</source>
            <translation>prescription added</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="150" />
            <source>information supprimée</source>
            <translation>information removed</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="151" />
            <source>information ajoutée</source>
            <translation>information added</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="374" />
            <source>type de dossier</source>
            <translation>case type</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="375" />
            <source>statut du dossier</source>
            <translation>case status</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="377" />
            <source>travaux</source>
            <translation>works</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="378" />
            <source>nature du projet</source>
            <translation>project nature</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="379" />
            <source>hauteur</source>
            <translation>height</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="380" />
            <source>localisation</source>
            <translation>location</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="381" />
            <source>zone</source>
            <translation>zone</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="382" />
            <source>éléments</source>
            <translation>elements</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="383" />
            <source>sévérité</source>
            <translation>severity</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="384" />
            <source>règles</source>
            <translation>rules</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="385" />
            <source>statut de veille</source>
            <translation>monitoring status</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="386" />
            <source>suivi par</source>
            <translation>handled by</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="387" />
            <source>disparu de la source</source>
            <translation>gone from the source</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="388" />
            <source>avis</source>
            <translation>opinion</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="389" />
            <source>date de l'avis</source>
            <translation>date of the opinion</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="390" />
            <source>avis donné par</source>
            <translation>opinion given by</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="391" />
            <source>décision</source>
            <translation>decision</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="392" />
            <source>date de la décision</source>
            <translation>date of the decision</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="393" />
            <source>travaux réalisés</source>
            <translation>works as built</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="394" />
            <source>date du constat</source>
            <translation>date of the observation</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="395" />
            <source>constat</source>
            <translation>observation</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/plu_dock.py" line="23" />
            <source>Changement</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/cases_model.py" line="19" />
            <source>Règles</source>
            <translation>Rules</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/cases_model.py" line="19" />
            <source>Suivi par</source>
            <translation>Followed by</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/condition_dialog.py" line="22" />
            <source>Élément</source>
            <translation>Element</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/condition_dialog.py" line="22" />
            <source>Constaté le</source>
            <translation>Observed on</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/condition_dialog.py" line="22" />
            <source>Observateur</source>
            <translation>Observer</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/condition_dialog.py" line="22" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/plu_dock.py" line="23" />
            <source>Avant</source>
            <translation>Before</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/plu_dock.py" line="23" />
            <source>Après</source>
            <translation>After</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/plu_dock.py" line="23" />
            <source>Surface (ha)</source>
            <translation>Area (ha)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/plu_dock.py" line="23" />
            <source>dans le Bien (ha)</source>
            <translation>in the property (ha)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/plu_dock.py" line="23" />
            <source>en zone tampon (ha)</source>
            <translation>in the buffer zone (ha)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/plu_dock.py" line="23" />
            <source>près des éléments (ha)</source>
            <translation>near the elements (ha)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/plu_dock.py" line="23" />
            <source>Codes CNIG</source>
            <translation>CNIG codes</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/reports_dock.py" line="13" />
            <source>Comité technique de suivi</source>
            <translation>Technical monitoring committee</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/reports_dock.py" line="13" />
            <source>Comités locaux (par EPCI)</source>
            <translation>Local committees (per EPCI)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/reports_dock.py" line="13" />
            <source>Indicateurs pour l'évaluation</source>
            <translation>Indicators for the evaluation</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/reports_dock.py" line="13" />
            <source>Rapport périodique UNESCO</source>
            <translation>UNESCO periodic report</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/reports_dock.py" line="13" />
            <source>Porté à connaissance d'une commune</source>
            <translation>A commune's porté à connaissance</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/reports_dock.py" line="13" />
            <source>Fiches de suivi des éléments</source>
            <translation>Element follow-up files</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/rules_dock.py" line="48" />
            <source>PC – permis de construire</source>
            <translation>PC – building permit</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/rules_dock.py" line="49" />
            <source>PD – permis de démolir</source>
            <translation>PD – demolition permit</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/rules_dock.py" line="50" />
            <source>PA – permis d'aménager</source>
            <translation>PA – development permit</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/rules_dock.py" line="51" />
            <source>DP – déclaration préalable</source>
            <translation>DP – prior declaration</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/rules_dock.py" line="52" />
            <source>projet</source>
            <translation>project</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/rules_dock.py" line="53" />
            <source>plu – évolution du PLU</source>
            <translation>plu – PLU change</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/veille_dock.py" line="67" />
            <source>commune seulement (localisation approximative)</source>
            <translation>commune only (approximate location)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/plugin.py" line="34" />
            <source>&amp;Veille patrimoniale</source>
            <translation>&amp;Heritage watch</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/alerts_export.py" line="24" />
            <source>Exporter les alertes (sites en péril)</source>
            <translation>Export the alerts (sites at risk)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/sweep.py" line="30" />
            <source>Veille</source>
            <translation>Monitoring</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/apply_rules.py" line="49" />
            <source>Appliquer les règles du plan de gestion à une couche de dossiers</source>
            <translation>Apply the management plan rules to a layer of cases</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/screen_layer.py" line="36" />
            <source>Analyse</source>
            <translation>Analysis</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/cycle_reports.py" line="23" />
            <source>Rapports du système de gestion</source>
            <translation>Management system reports</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/plu_diff.py" line="25" />
            <source>Comparer deux versions d'un PLU (standard CNIG)</source>
            <translation>Compare two versions of a PLU (CNIG standard)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/plu_watch.py" line="24" />
            <source>PLU</source>
            <translation>PLU</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/plu_watch.py" line="23" />
            <source>Vérifier les PLU en ligne (Géoportail de l'Urbanisme)</source>
            <translation>Check the PLUs online (Géoportail de l'Urbanisme)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/screen_layer.py" line="35" />
            <source>Situer une couche par rapport au Bien</source>
            <translation>Locate a layer against the property</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/sweep.py" line="29" />
            <source>Balayage de veille des permis</source>
            <translation>Permit monitoring sweep</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/background_task.py" line="15" />
            <source>Erreur inattendue : {e}</source>
            <translation>Unexpected error: {e}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/case_list_task.py" line="10" />
            <source>Erreur inattendue pendant la lecture du registre : {e}</source>
            <translation>Unexpected error while reading the register: {e}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/covisibility_task.py" line="12" />
            <source>Erreur inattendue pendant le calcul de la covisibilité par-dessus le relief : {e}</source>
            <translation>Unexpected error while computing the intervisibility over the terrain: {e}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/plu_watch_task.py" line="44" />
            <source>Erreur inattendue pendant la comparaison : {e}</source>
            <translation>Unexpected error during the comparison: {e}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/plu_watch_task.py" line="11" />
            <source>Erreur inattendue pendant la veille des PLU : {e}</source>
            <translation>Unexpected error during the PLU watch: {e}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/preparation_task.py" line="17" />
            <source>Veille patrimoniale : préparation des données de référence</source>
            <translation>Heritage watch: preparing the reference data</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/reference_layers.py" line="23" />
            <source>Bassin minier UNESCO – référence</source>
            <translation>UNESCO mining basin – reference</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/reference_layers.py" line="102" />
            <source>Anciens puits de mines</source>
            <translation>Former mine shafts</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/reference_layers.py" line="102" />
            <source>Abords MH (500 m, calculés)</source>
            <translation>MH surroundings (500 m, computed)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/reference_layers.py" line="102" />
            <source>Éléments du Bien (353)</source>
            <translation>Elements of the property (353)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/reference_layers.py" line="102" />
            <source>Cités ERBM (hors éléments du Bien)</source>
            <translation>ERBM cités (not elements of the property)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/reference_layers.py" line="102" />
            <source>Terrils de la zone tampon</source>
            <translation>Buffer zone spoil heaps</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/reference_layers.py" line="102" />
            <source>Cités de la zone tampon</source>
            <translation>Buffer zone mining cités</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/reference_layers.py" line="102" />
            <source>Bien inscrit – composantes (109)</source>
            <translation>Inscribed property – components (109)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/reference_layers.py" line="102" />
            <source>Zone tampon</source>
            <translation>Buffer zone</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/reference_layers.py" line="102" />
            <source>Communes du bassin minier</source>
            <translation>Communes of the mining basin</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/reports_task.py" line="10" />
            <source>Erreur inattendue pendant l'écriture du rapport : {e}</source>
            <translation>Unexpected error while writing the report: {e}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/sweep_task.py" line="10" />
            <source>Erreur inattendue pendant le balayage : {e}</source>
            <translation>Unexpected error during the sweep: {e}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/alerts.py" line="53" />
            <source>Alertes sur les sites en péril : créer, modifier, clore, lister, historique, pièces jointes, exports.</source>
            <translation>Alerts on sites at risk: create, edit, close, list, history, attachments, exports.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/alerts.py" line="61" />
            <source>registre de veille : fichier .gpkg ou connexion PostGIS (défaut : registre personnel)</source>
            <translation>monitoring register: .gpkg file or PostGIS connection (default: personal register)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="320" />
            <source>sortie JSON</source>
            <translation>JSON output</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/alerts.py" line="74" />
            <source>abscisse Lambert-93 de l'emplacement (avec --y) quand aucun élément n'est donné</source>
            <translation>Lambert-93 easting of the place (with --y) when no element is given</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/alerts.py" line="79" />
            <source>ordonnée Lambert-93 de l'emplacement</source>
            <translation>Lambert-93 northing of the place</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/plu_watch.py" line="55" />
            <source>nom enregistré dans l'historique (défaut : utilisateur du système)</source>
            <translation>name recorded in the history (default: the system user)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/alerts.py" line="82" />
            <source>créer une alerte</source>
            <translation>create an alert</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/alerts.py" line="84" />
            <source>modifier une alerte (seuls les champs donnés changent ; une liste donnée remplace l'ancienne)</source>
            <translation>edit an alert (only the fields given change; a list given replaces the old one)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/alerts.py" line="89" />
            <source>clore une alerte avec son motif</source>
            <translation>close an alert with its reason</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/alerts.py" line="91" />
            <source>motif de clôture</source>
            <translation>reason for closing</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/alerts.py" line="92" />
            <source>sauvegardée, perdue ou levée (défaut)</source>
            <translation>sauvegardée, perdue or levée (default)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/alerts.py" line="107" />
            <source>nom enregistré dans l'historique</source>
            <translation>name recorded in the history</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/alerts.py" line="94" />
            <source>lister les alertes</source>
            <translation>list the alerts</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/alerts.py" line="95" />
            <source>seulement celles de cet élément</source>
            <translation>only those of this element</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/alerts.py" line="96" />
            <source>seulement ce statut (répétable)</source>
            <translation>only this status (repeatable)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/alerts.py" line="97" />
            <source>seulement cette priorité (répétable)</source>
            <translation>only this priority (repeatable)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/alerts.py" line="128" />
            <source>seulement les alertes ouvertes</source>
            <translation>only the open alerts</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/alerts.py" line="99" />
            <source>afficher une alerte</source>
            <translation>show an alert</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/alerts.py" line="101" />
            <source>historique d'une alerte (qui, quand, ancienne → nouvelle valeur)</source>
            <translation>history of an alert (who, when, old → new value)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/alerts.py" line="103" />
            <source>joindre un fichier (photo, courrier…) à une alerte ; il est stocké dans le registre</source>
            <translation>attach a file (photo, letter…) to an alert; it is stored in the register</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/alerts.py" line="106" />
            <source>légende de la pièce jointe</source>
            <translation>caption of the attachment</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/alerts.py" line="108" />
            <source>exporter : liste des sites en péril, dossier d'un élément ou d'une alerte, rapport périodique</source>
            <translation>export: list of sites at risk, file of an element or an alert, periodic report</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/alerts.py" line="111" />
            <source>liste (défaut), dossier, rapport (facteurs UNESCO × tendance)</source>
            <translation>list (default), file, report (UNESCO factors × trend)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/alerts.py" line="118" />
            <source>html ou csv (défaut : d'après l'extension de --out)</source>
            <translation>html or csv (default: from the extension of --out)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/alerts.py" line="126" />
            <source>pour --type dossier : identifiant de l'élément</source>
            <translation>for --type dossier: identifier of the element</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/alerts.py" line="127" />
            <source>pour --type dossier : numéro de l'alerte</source>
            <translation>for --type dossier: number of the alert</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/alerts.py" line="169" />
            <source>Précisez l'action : add, update, close, list, show, history, attach ou export (aide : python -m veille_plugin alerts --help).</source>
            <translation>Give the action: add, update, close, list, show, history, attach or export (help: python -m veille_plugin alerts --help).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/alerts.py" line="181" />
            <source>Registre introuvable : {p}. Vérifiez le chemin (un registre est créé par « alerts add »).</source>
            <translation>Register not found: {p}. Check the path (a register is created by « alerts add »).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/alerts.py" line="191" />
            <source>Emplacement : donnez --x et --y ensemble (Lambert-93, mètres).</source>
            <translation>Place: give --x and --y together (Lambert-93, metres).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/alerts.py" line="206" />
            <source>Alerte n° {id} créée : {t} — {s}, priorité {p}, éléments : {el}.</source>
            <translation>Alert no. {id} created: {t} — {s}, priority {p}, elements: {el}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/alerts.py" line="222" />
            <source>Alerte n° {id} : {n} champ(s) modifié(s).</source>
            <translation>Alert no. {id}: {n} field(s) changed.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/alerts.py" line="222" />
            <source>Alerte n° {id} : rien à modifier.</source>
            <translation>Alert no. {id}: nothing to change.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/alerts.py" line="236" />
            <source>Alerte n° {id} close ({s}) : {m}</source>
            <translation>Alert no. {id} closed ({s}): {m}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/alerts.py" line="258" />
            <source>Aucune alerte.</source>
            <translation>No alert.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/exports.py" line="213" />
            <source>Alerte n°</source>
            <translation>Alert no.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/alerts.py" line="275" />
            <source>Emplacement (Lambert-93)</source>
            <translation>Place (Lambert-93)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/alerts.py" line="281" />
            <source>Pièce jointe n° {id} : {f} ({s} octets)</source>
            <translation>Attachment no. {id}: {f} ({s} bytes)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/alerts.py" line="305" />
            <source>Pièce jointe n° {id} enregistrée dans le registre : {f} ({s} octets).</source>
            <translation>Attachment no. {id} stored in the register: {f} ({s} bytes).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/alerts.py" line="314" />
            <source>--out {o} : extension « {s} » non prise en charge ; donnez un fichier .html ou .csv (ou --format html|csv).</source>
            <translation>--out {o}: extension « {s} » not supported; give a .html or .csv file (or --format html|csv).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/alerts_dock.py" line="450" />
            <source>Export écrit : {p}</source>
            <translation>Export written: {p}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/cases.py" line="13" />
            <source>Inscrire les suites d'un dossier du registre : avis donné, décision de l'autorité compétente, conformité des travaux (chaque changement va à l'historique) ; sans option, les affiche.</source>
            <translation>Record what became of a case of the register: opinion given, decision of the competent authority, conformity of the works (each change goes to the history); without options, shows them.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/cases.py" line="20" />
            <source>numéro du dossier, tel qu'écrit ou sans espaces</source>
            <translation>case number, as written or without spaces</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/cases.py" line="22" />
            <source>avis : {v}</source>
            <translation>opinion: {v}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/cases.py" line="23" />
            <source>date de l'avis (jj/mm/aaaa ; défaut : aujourd'hui)</source>
            <translation>date of the opinion (dd/mm/yyyy; default: today)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/cases.py" line="24" />
            <source>décision : {v}</source>
            <translation>decision: {v}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/cases.py" line="25" />
            <source>date de la décision (jj/mm/aaaa)</source>
            <translation>date of the decision (dd/mm/yyyy)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/cases.py" line="26" />
            <source>travaux réalisés : {v}</source>
            <translation>works as built: {v}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/cases.py" line="47" />
            <source>date du constat (jj/mm/aaaa)</source>
            <translation>date of the observation (dd/mm/yyyy)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/cases.py" line="28" />
            <source>constat (ce qui a été vu sur place)</source>
            <translation>observation (what was seen on site)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/cases.py" line="36" />
            <source>Relevé d'état des éléments du Bien : inscrire un constat (état, date, source, observateur) pour un ou plusieurs éléments, ou le premier constat de tous ceux qui n'en ont pas (--initial --tous) ; sans --etat, affiche le relevé.</source>
            <translation>Condition record of the property's elements: record an observation (state, date, source, observer) for one or more elements, or the first observation of all those without one (--initial --tous); without --etat, shows the record.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/cases.py" line="44" />
            <source>identifiants d'éléments, ex. 63V 19D</source>
            <translation>element identifiers, e.g. 63V 19D</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/cases.py" line="46" />
            <source>état : {v}</source>
            <translation>state: {v}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/cases.py" line="48" />
            <source>source : {v}</source>
            <translation>source: {v}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/cases.py" line="49" />
            <source>qui a observé</source>
            <translation>who observed</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/cases.py" line="50" />
            <source>ce qui a été vu</source>
            <translation>what was seen</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/cases.py" line="51" />
            <source>tous les éléments du Bien</source>
            <translation>all the property's elements</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/cases.py" line="52" />
            <source>seulement pour les éléments qui n'ont encore aucun constat</source>
            <translation>only for the elements without any observation yet</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/cases.py" line="55" />
            <source>nom enregistré dans le registre (défaut : utilisateur du système)</source>
            <translation>name recorded in the register (default: system user)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/cases.py" line="83" />
            <source>Dossier « {n} » inconnu dans le registre de veille.</source>
            <translation>Case “{n}” unknown in the watch register.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/cases.py" line="95" />
            <source>{f} : {o} → {n}</source>
            <translation>{f}: {o} → {n}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/cases.py" line="101" />
            <source>Dossier {n}</source>
            <translation>Case {n}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/cases.py" line="102" />
            <source>Suites</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/cases.py" line="102" />
            <source>aucune inscrite</source>
            <translation>none recorded</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/cases.py" line="118" />
            <source>etat : indiquez les éléments (ex. 63V) ou --tous.</source>
            <translation>etat: give the elements (e.g. 63V) or --tous.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/cases.py" line="132" />
            <source>{n} constat(s) inscrit(s).</source>
            <translation>{n} observation(s) recorded.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/cases.py" line="141" />
            <source>Aucun constat inscrit.</source>
            <translation>No observation recorded.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/common.py" line="51" />
            <source>nombre attendu (ex. 12,5) : « {t} »</source>
            <translation>number expected (e.g. 12.5): « {t} »</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/common.py" line="53" />
            <source>nombre fini attendu (ex. 12,5) : « {t} »</source>
            <translation>finite number expected (e.g. 12.5): “{t}”</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/common.py" line="61" />
            <source>nombre positif ou nul attendu : « {t} »</source>
            <translation>number ≥ 0 expected: “{t}”</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/common.py" line="72" />
            <source>date attendue au format AAAA-MM-JJ : « {t} »</source>
            <translation>date expected as YYYY-MM-DD: «{t}»</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/common.py" line="80" />
            <source>numéro attendu (1, 2, 3…) : « {t} »</source>
            <translation>number expected (1, 2, 3…): “{t}”</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/common.py" line="82" />
            <source>numéro hors limites (de 1 à 2⁶³ − 1) : « {t} »</source>
            <translation>number out of range (1 to 2⁶³ − 1): “{t}”</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/common.py" line="89" />
            <source>nom de fichier vide : indiquez le fichier à écrire</source>
            <translation>empty file name: give the file to write</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/common.py" line="91" />
            <source>« {t} » est un dossier : indiquez un nom de fichier à écrire</source>
            <translation>“{t}” is a folder: give the name of a file to write</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/common.py" line="100" />
            <source>nom de dossier vide : indiquez le dossier des résultats</source>
            <translation>empty folder name: give the results folder</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/common.py" line="102" />
            <source>« {t} » est un fichier, pas un dossier : indiquez un dossier (existant ou à créer)</source>
            <translation>“{t}” is a file, not a folder: give a folder (existing or to be created)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/common.py" line="120" />
            <source>Erreur : {msg}
Aide : {prog} --help
</source>
            <translation>Error: {msg}
Help: {prog} --help
</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="265" />
            <source>registre de veille : fichier .gpkg ou connexion PostGIS (service=…, postgresql://…)</source>
            <translation>monitoring register: .gpkg file or PostGIS connection (service=…, postgresql://…)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="270" />
            <source>schéma PostgreSQL du registre quand --register est une connexion PostGIS (défaut : veille)</source>
            <translation>PostgreSQL schema of the register when --register is a PostGIS connection (default: veille)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/common.py" line="153" />
            <source>calculer la covisibilité par-dessus le relief (règles R03, R09, R10 et priorité) avec le profil du terrain de la Géoplateforme, pour les projets dont la hauteur est connue : 5 requêtes par seconde au plus, profils gardés en cache ; hors ligne, « inconnu (hors ligne) »</source>
            <translation>compute the intervisibility over the terrain (rules R03, R09, R10 and priority) with the terrain profile of the Géoplateforme, for projects whose height is known: 5 requests a second at most, profiles kept in a cache; offline, "unknown (offline)"</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/common.py" line="162" />
            <source>adresse du profil altimétrique (elevationLine.json) pour --covisibilite (défaut : la Géoplateforme)</source>
            <translation>address of the elevation profile (elevationLine.json) for --covisibilite (default: the Géoplateforme)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="38" />
            <source>Veille patrimoniale du Bien UNESCO « Bassin minier du Nord-Pas de Calais » : ligne de commande.</source>
            <translation>Heritage watch of the UNESCO property « Nord-Pas de Calais Mining Basin »: command line.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="58" />
            <source>afficher cette aide et quitter</source>
            <translation>show this help and exit</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="47" />
            <source>jeu de référence à utiliser (par défaut : celui configuré, sinon les données embarquées)</source>
            <translation>reference data set to use (default: the configured one, else the embedded data)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="52" />
            <source>commandes</source>
            <translation>commands</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="59" />
            <source>sortie JSON (pour les scripts)</source>
            <translation>JSON output (for scripts)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="62" />
            <source>Chiffres tirés des données de référence (composantes, éléments, surfaces, communes).</source>
            <translation>Figures from the reference data (components, elements, areas, communes).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="65" />
            <source>Situer une géométrie ou chaque entité d'un fichier (Bien, zone tampon, éléments, abords MH) et appliquer les règles du plan de gestion.</source>
            <translation>Locate a geometry or each feature of a file (property, buffer zone, elements, MH surroundings) and apply the management plan rules.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="73" />
            <source>géométrie en WKT, ex. « POINT(700000 7050000) »</source>
            <translation>geometry in WKT, e.g. « POINT(700000 7050000) »</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="74" />
            <source>fichier à analyser : GeoJSON, GeoPackage, shapefile, CSV (colonne WKT ou x/y)</source>
            <translation>file to analyse: GeoJSON, GeoPackage, shapefile, CSV (WKT or x/y columns)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="75" />
            <source>système de coordonnées des entrées, ex. EPSG:2154 (défaut pour --wkt) ou EPSG:4326</source>
            <translation>coordinate reference system of the inputs, e.g. EPSG:2154 (default for --wkt) or EPSG:4326</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="78" />
            <source>couche à lire dans un GeoPackage</source>
            <translation>layer to read in a GeoPackage</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="79" />
            <source>distance de recherche des éléments proches, en mètres (défaut 500)</source>
            <translation>search distance for nearby elements, in metres (default 500)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="86" />
            <source>type de dossier : PC, PD, PA, DP, projet, plu (défaut : projet ; pour --file, colonne « type » si présente)</source>
            <translation>case type: PC, PD, PA, DP, projet, plu (default: projet; for --file, the « type » column if present)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="94" />
            <source>nature des travaux, ex. « démolition, façade, menuiseries »</source>
            <translation>nature of the works, e.g. « démolition, façade, menuiseries »</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="95" />
            <source>nature du projet : bâtiment, éolienne, infrastructure, développement commercial, espace public…</source>
            <translation>kind of project: building, wind turbine, infrastructure, commercial development, public space…</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="99" />
            <source>hauteur du projet en mètres</source>
            <translation>height of the project in metres</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="100" />
            <source>emprise au sol en m² (calculée pour un polygone)</source>
            <translation>footprint in m² (computed for a polygon)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="103" />
            <source>identité du dossier (bloc d'en-tête de la fiche ; pour --file, colonnes du même nom)</source>
            <translation>case identity (fiche header; for --file, columns of the same names)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="106" />
            <source>numéro du dossier (nomme aussi le fichier de la fiche)</source>
            <translation>case number (also names the fiche's file)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="107" />
            <source>commune (défaut : celle où se trouve la géométrie)</source>
            <translation>commune (default: the one the geometry lies in)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="108" />
            <source>adresse des travaux</source>
            <translation>address of the works</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="109" />
            <source>références cadastrales, ex. « 62498 AB 0123 »</source>
            <translation>cadastral references, e.g. «62498 AB 0123»</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="110" />
            <source>demandeur (pétitionnaire)</source>
            <translation>applicant</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="111" />
            <source>date de dépôt du dossier</source>
            <translation>filing date of the case</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="112" />
            <source>date limite de réponse de la consultation</source>
            <translation>deadline of the consultation's answer</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="115" />
            <source>catalogue de règles à utiliser (YAML ou JSON) au lieu de celui en vigueur</source>
            <translation>rules catalogue to use (YAML or JSON) instead of the one in force</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="120" />
            <source>méthode d'évaluation d'impact (matrice valeur × ampleur, YAML) au lieu de celle du plugin (resources/impact/matrice_impact.yaml)</source>
            <translation>impact assessment method (value × magnitude matrix, YAML) instead of the plugin's (resources/impact/matrice_impact.yaml)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="128" />
            <source>couche fournie par l'utilisateur, ex. cones_de_vue=cones.gpkg (répétable)</source>
            <translation>layer supplied by the user, e.g. cones_de_vue=cones.gpkg (repeatable)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="134" />
            <source>liste des éléments en péril (CSV avec une colonne « identifiant ») au lieu des alertes du registre</source>
            <translation>list of elements at risk (CSV with an « identifiant » column) instead of the register's alerts</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="139" />
            <source>registre dont les alertes ouvertes forment la liste des sites en péril (règle R12 ; défaut : registre personnel s'il existe)</source>
            <translation>register whose open alerts form the list of sites at risk (rule R12; default: personal register if it exists)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="147" />
            <source>écrire une ligne par entité dans ce CSV</source>
            <translation>write one row per feature in this CSV</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="149" />
            <source>écrire dans ce dossier la fiche d'analyse de chaque entité (HTML, et PDF si Qt est disponible) ; {n} entités au plus</source>
            <translation>write the screening note of each feature into this folder (HTML, and PDF if Qt is available); {n} features at most</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="160" />
            <source>Catalogue des règles du plan de gestion : valider un fichier, lister les règles, choisir le catalogue en vigueur.</source>
            <translation>Catalogue of the management plan rules: validate a file, list the rules, choose the catalogue in force.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="168" />
            <source>valider un catalogue (toutes les erreurs, avec chemin JSON et ligne)</source>
            <translation>validate a catalogue (every error, with JSON path and line)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="173" />
            <source>lister les règles du catalogue en vigueur</source>
            <translation>list the rules of the catalogue in force</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="174" />
            <source>catalogue à lister (défaut : celui en vigueur)</source>
            <translation>catalogue to list (default: the one in force)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="176" />
            <source>mettre en vigueur un catalogue (refusé s'il est invalide ; l'ancien reste alors en vigueur)</source>
            <translation>put a catalogue in force (refused if invalid; the old one then stays in force)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="181" />
            <source>revenir au catalogue embarqué</source>
            <translation>return to the embedded catalogue</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="183" />
            <source>page « Fondements des règles » : statut, verdict et fondements de chaque règle</source>
            <translation>“Foundations of the rules” page: status, verdict and foundations of each rule</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="187" />
            <source>catalogue (défaut : celui en vigueur)</source>
            <translation>catalogue (default: the one in force)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="188" />
            <source>écrire la page dans ce fichier</source>
            <translation>write the page to this file</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="189" />
            <source>en HTML (défaut : Markdown)</source>
            <translation>as HTML (default: Markdown)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="192" />
            <source>Balayage de veille : importer les listes de permis, localiser et analyser chaque dossier, comparer avec le registre, produire le rapport.</source>
            <translation>Monitoring sweep: import the permit lists, locate and analyse each case, compare with the register, produce the report.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="199" />
            <source>liste de permis (Sitadel, CSV, Excel, couche vectorielle), ou « sitadel » : les listes Sitadel du SDES récupérées de l'API DiDo (mois nouveaux seulement, communes du bassin) ; répétable</source>
            <translation>permit list (Sitadel, CSV, Excel, vector layer), or “sitadel”: the SDES's Sitadel lists fetched from the DiDo API (new months only, communes of the basin); repeatable</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="209" />
            <source>adresse de l'API DiDo pour --source sitadel (défaut : {u})</source>
            <translation>address of the DiDo API for --source sitadel (default: {u})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="216" />
            <source>--source sitadel : les N derniers mois publiés, s'ils ne sont pas déjà gardés (défaut : {n})</source>
            <translation>--source sitadel: the last N months published, if not already kept (default: {n})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="225" />
            <source>--source sitadel : seulement les autorisations délivrées ce jour ou après (filtre du serveur sur DATE_REELLE_AUTORISATION ; beaucoup moins de pages à lire)</source>
            <translation>--source sitadel: only the authorisations granted on that day or later (server filter on DATE_REELLE_AUTORISATION; far fewer pages to read)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="234" />
            <source>format des sources (défaut : détection)</source>
            <translation>format of the sources (default: detected)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="241" />
            <source>correspondance de colonnes enregistrée à utiliser (export ADS)</source>
            <translation>saved column mapping to use (ADS export)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="244" />
            <source>nom du flux de la source (les dossiers absents d'une nouvelle livraison du même flux deviennent « disparu »)</source>
            <translation>name of the source's feed (cases missing from a new delivery of the same feed become « disparu »)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="252" />
            <source>couche des parcelles cadastrales (Etalab GeoJSON, GeoPackage…), ou « auto » : les parcelles des communes des dossiers, téléchargées du cadastre Etalab et gardées en cache (hors ligne : la dernière copie)</source>
            <translation>cadastral parcel layer (Etalab GeoJSON, GeoPackage…), or «auto»: the parcels of the cases' communes, downloaded from the Etalab cadastre and kept in a cache (offline: the latest copy)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="260" />
            <source>adresse du cadastre Etalab pour --parcels auto (défaut : https://cadastre.data.gouv.fr/bundler/…)</source>
            <translation>address of the Etalab cadastre for --parcels auto (default: https://cadastre.data.gouv.fr/bundler/…)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="275" />
            <source>dossier des résultats (rapport.html, cases.csv, cases.gpkg)</source>
            <translation>results folder (rapport.html, cases.csv, cases.gpkg)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/plu.py" line="97" />
            <source>catalogue de règles à utiliser au lieu de celui en vigueur</source>
            <translation>rules catalogue to use instead of the one in force</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="289" />
            <source>Rechercher un élément, une composante ou une cité ERBM par son nom, tel qu'on l'écrit.</source>
            <translation>Find an element, a component or an ERBM cité by its name, as people write it.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="290" />
            <source>texte recherché, ex. « fosse 9-9 bis Oignies »</source>
            <translation>text searched, e.g. « fosse 9-9 bis Oignies »</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="291" />
            <source>restreindre à une commune (nom actuel ou ancien)</source>
            <translation>restrict to a commune (current or former name)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="292" />
            <source>nombre maximal de résultats (défaut 10)</source>
            <translation>maximum number of results (default 10)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="299" />
            <source>Jeu de données de référence : version utilisée, remplacement par une publication plus récente.</source>
            <translation>Reference data set: version in use, replacement by a newer publication.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="304" />
            <source>version et origine du jeu utilisé</source>
            <translation>version and origin of the data set in use</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="306" />
            <source>convertir une publication officielle (GeoJSON ou shapefiles Lambert-93) et l'utiliser</source>
            <translation>convert an official publication (GeoJSON or Lambert-93 shapefiles) and use it</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="309" />
            <source>dossier contenant les couches officielles</source>
            <translation>folder holding the official layers</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="310" />
            <source>GeoPackage à écrire (défaut : dans le dossier de configuration)</source>
            <translation>GeoPackage to write (default: in the configuration folder)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="313" />
            <source>libellé de version affiché (défaut : nom du dossier et empreinte)</source>
            <translation>version label shown (default: folder name and fingerprint)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="314" />
            <source>ne pas en faire le jeu utilisé</source>
            <translation>do not make it the data set in use</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="316" />
            <source>utiliser un GeoPackage de référence existant</source>
            <translation>use an existing reference GeoPackage</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="319" />
            <source>revenir aux données embarquées dans le plugin</source>
            <translation>return to the data embedded in the plugin</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="357" />
            <source>Erreur : {msg}</source>
            <translation>Error: {msg}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/main.py" line="345" />
            <source>Interrompu.</source>
            <translation>Interrupted.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/plu.py" line="18" />
            <source>Comparer deux versions d'un PLU ou PLUi (standard CNIG) : changements de zonage, prescriptions et informations, mesurés dans le Bien, la zone tampon et près des éléments ; rapport HTML par commune, couche et CSV des changements.</source>
            <translation>Compare two versions of a PLU or PLUi (CNIG standard): changes of zoning, prescriptions and information, measured in the property, the buffer zone and near the elements; HTML report per commune, layer and CSV of the changes.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/plu.py" line="27" />
            <source>version de référence (en vigueur) : dossier, GeoPackage, ZIP ou fichiers CNIG</source>
            <translation>reference version (in force): folder, GeoPackage, ZIP or CNIG files</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/plu.py" line="34" />
            <source>version comparée (projet) : dossier, GeoPackage, ZIP ou fichiers CNIG</source>
            <translation>compared version (draft): folder, GeoPackage, ZIP or CNIG files</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/plu.py" line="41" />
            <source>limiter la comparaison à une commune (code INSEE, ex. 62528)</source>
            <translation>limit the comparison to one commune (INSEE code, e.g. 62528)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/plu_watch.py" line="48" />
            <source>distance aux éléments en mètres (défaut 500)</source>
            <translation>distance to the elements in metres (default 500)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/plu_watch.py" line="39" />
            <source>dossier des résultats (créé si besoin)</source>
            <translation>results folder (created if needed)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/plu.py" line="54" />
            <source>contrôler aussi la version comparée avec les règles R13–R18 et R28 (joint au rapport)</source>
            <translation>also check the compared version with rules R13–R18 and R28 (added to the report)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/plu.py" line="62" />
            <source>Contrôler un PLU ou un projet de PLU avec les règles R13–R18 et R28 du catalogue : périmètre UNESCO reporté, éléments protégés (L.151-19), permis de démolir, terrils et cavaliers constructibles, ouverture à l'urbanisation.</source>
            <translation>Check a PLU or a draft PLU with rules R13–R18 and R28 of the catalogue: UNESCO perimeter carried over, protected elements (L.151-19), demolition permit, buildable spoil heaps and mining railways, opening to development.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/plu.py" line="70" />
            <source>version à contrôler : dossier, GeoPackage, ZIP ou fichiers CNIG</source>
            <translation>version to check: folder, GeoPackage, ZIP or CNIG files</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/plu.py" line="77" />
            <source>version en vigueur, pour repérer l'ouverture à l'urbanisation (R18)</source>
            <translation>version in force, to detect opening to development (R18)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/plu.py" line="83" />
            <source>limiter le contrôle à une commune (code INSEE)</source>
            <translation>limit the check to one commune (INSEE code)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/plu.py" line="91" />
            <source>couche complémentaire, ex. cones_de_vue=cones.gpkg (répétable)</source>
            <translation>additional layer, e.g. cones_de_vue=cones.gpkg (repeatable)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/plu.py" line="103" />
            <source>Lire un PLU au standard CNIG et lister ses anomalies (codes, dates, IDURBA, géométries), avec fichier, entité, champ et valeur.</source>
            <translation>Read a PLU in the CNIG standard and list its anomalies (codes, dates, IDURBA, geometries), with file, feature, field and value.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/plu.py" line="110" />
            <source>dossier, GeoPackage, ZIP ou fichiers CNIG</source>
            <translation>folder, GeoPackage, ZIP or CNIG files</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/plu.py" line="111" />
            <source>écrire les anomalies dans ce CSV (UTF-8, « ; »)</source>
            <translation>write the anomalies into this CSV (UTF-8, « ; »)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/plu.py" line="122" />
            <source>  … {n} anomalies en tout (voir anomalies.csv).</source>
            <translation>  … {n} anomalies in all (see anomalies.csv).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/plu_task.py" line="57" />
            <source>avant</source>
            <translation>before</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/plu_task.py" line="58" />
            <source>après</source>
            <translation>after</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/plu.py" line="156" />
            <source>Comparaison : {n} changements ; ouverture à l'urbanisation {o} ha (dont {b} ha dans le Bien, {z} ha en zone tampon, {p} ha près des éléments).</source>
            <translation>Comparison: {n} changes; opened to development {o} ha (of which {b} ha in the property, {z} ha in the buffer zone, {p} ha near the elements).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/plu.py" line="168" />
            <source>Protections patrimoniales L.151-19 supprimées : {n}.</source>
            <translation>L.151-19 heritage protections removed: {n}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/plu_watch.py" line="164" />
            <source>Rapport : {f}</source>
            <translation>Report: {f}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/plu.py" line="175" />
            <source>Couche des changements : {f} ; CSV : {c} ; anomalies : {a}</source>
            <translation>Changes layer: {f}; CSV: {c}; anomalies: {a}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/plu.py" line="230" />
            <source>Anomalies des données ({n}, dont {e} erreur(s)) :</source>
            <translation>Data anomalies ({n}, of which {e} error(s)):</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/plu.py" line="197" />
            <source>en vigueur</source>
            <translation>in force</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/screening.py" line="49" />
            <source>Avertissement : {w}</source>
            <translation>Warning: {w}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/report.py" line="301" />
            <source> (manque : {m})</source>
            <translation> (missing: {m})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/plu.py" line="250" />
            <source>Version {v} : standard CNIG {s} ; tables : {t}.</source>
            <translation>Version {v}: CNIG standard {s}; tables: {t}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/plu.py" line="258" />
            <source>Aucune anomalie.</source>
            <translation>No anomaly.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/plu_watch.py" line="25" />
            <source>Vérifier en ligne le PLU d'une commune (ou de toutes celles du Bien et de la zone tampon) sur le Géoportail de l'Urbanisme : chaque nouvelle version est gardée datée dans le registre et comparée à la précédente (rapport, couche et CSV des changements).</source>
            <translation>Check online the PLU of a commune (or of all those of the property and the buffer zone) on the Géoportail de l'Urbanisme: each new version is kept dated in the register and compared with the previous one (report, layer and CSV of the changes).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/plu_watch.py" line="34" />
            <source>code INSEE (répétable), ex. 62528</source>
            <translation>INSEE code (repeatable), e.g. 62528</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/plu_watch.py" line="35" />
            <source>toutes les communes qui touchent le Bien ou sa zone tampon</source>
            <translation>all the communes that touch the property or its buffer zone</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/plu_watch.py" line="42" />
            <source>adresse du module GPU de l'API Carto (défaut : {u})</source>
            <translation>address of the API Carto GPU module (default: {u})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/plu_watch.py" line="58" />
            <source>garder une nouvelle version qui a perdu plus de la moitié de ses zones, ou des servitudes qui en ont perdu plus de la moitié (un vrai changement important ; l'acceptation est écrite dans l'historique)</source>
            <translation>keep a new version that lost more than half of its zones, or servitudes that lost more than half of theirs (a real large change; the acceptance is written in the history)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/plu_watch.py" line="66" />
            <source>durée maximale de la veille en secondes (défaut {s:g}) : passé ce délai, aucune nouvelle requête n'est envoyée et la veille s'arrête « interrompu »</source>
            <translation>longest duration of the watch in seconds (default {s:g}): past it, no new request is sent and the watch stops as “interrupted”</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/plu_watch.py" line="78" />
            <source>Instantanés des PLU gardés dans le registre (par commune), et comparaison de deux d'entre eux (--compare AVANT APRES --commune INSEE --out DOSSIER).</source>
            <translation>PLU snapshots kept in the register (by commune), and comparison of two of them (--compare BEFORE AFTER --commune INSEE --out FOLDER).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/plu_watch.py" line="86" />
            <source>seulement les instantanés couvrant cette commune</source>
            <translation>only the snapshots covering this commune</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/plu_watch.py" line="87" />
            <source>numéros des instantanés</source>
            <translation>snapshot numbers</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/plu_watch.py" line="88" />
            <source>dossier du rapport de comparaison</source>
            <translation>folder of the comparison report</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/plu_watch.py" line="122" />
            <source>Veille des PLU n° {id} : {c}.</source>
            <translation>PLU watch no. {id}: {c}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/plu_watch.py" line="122" />
            <source>aucune commune</source>
            <translation>no commune</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/plu_watch.py" line="151" />
            <source>--compare demande aussi --commune INSEE et --out DOSSIER.</source>
            <translation>--compare also needs --commune INSEE and --out FOLDER.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/plu_watch.py" line="158" />
            <source>Instantanés n° {a} → n° {b} : {n} changement(s).</source>
            <translation>Snapshots no. {a} → no. {b}: {n} change(s).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/plu_watch.py" line="175" />
            <source>Aucun instantané de PLU dans ce registre.</source>
            <translation>No PLU snapshot in this register.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/plu_watch.py" line="177" />
            <source>n° {id} du {d} : {p} {i} ({n} entités), communes {c}</source>
            <translation>no. {id} of {d}: {p} {i} ({n} features), communes {c}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/plu_watch.py" line="188" />
            <source>Servitudes AC1, AC2, AC4 : version du {d} ({f}).</source>
            <translation>Servitudes AC1, AC2, AC4: version of {d} ({f}).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/analysis_dock.py" line="304" />
            <source>Données : {v}</source>
            <translation>Data: {v}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/reference.py" line="22" />
            <source>Composantes : {n}</source>
            <translation>Components: {n}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/reference.py" line="23" />
            <source>Éléments : {n}</source>
            <translation>Elements: {n}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/reference.py" line="31" />
            <source>Le rapport de la mission interministérielle sur le Bassin minier (2016) en compte {n} (fichier 002_db4a86b344ce2eac.txt, ligne 1606) : la veille des PLU en ligne relève les servitudes AC1, dont les générateurs complètent les données du Bien.</source>
            <translation>The 2016 report of the interministerial mission on the mining basin counts {n} (file 002_db4a86b344ce2eac.txt, line 1606): the online PLU watch reads the AC1 easements, whose generators complete the property's data.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/reference.py" line="38" />
            <source>Surface du Bien : {a} ha ; zone tampon : {z} ha (Bien compris : {t} ha)</source>
            <translation>Area of the property: {a} ha; buffer zone: {z} ha (property included: {t} ha)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/reference.py" line="43" />
            <source>Communes touchées par le Bien : {n} ; par la zone tampon : {z}</source>
            <translation>Communes touched by the property: {n}; by the buffer zone: {z}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/reference.py" line="59" />
            <source>--limit doit être au moins 1.</source>
            <translation>--limit must be at least 1.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/reference.py" line="64" />
            <source> Vouliez-vous dire : {s} ?</source>
            <translation> Did you mean: {s}?</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/reference.py" line="69" />
            <source>Commune « {c} » inconnue dans le bassin minier (ni nom actuel, ni ancien nom, ni nom approché).{h} Vérifiez l'orthographe ou retirez --commune.</source>
            <translation>Commune “{c}” unknown in the mining basin (neither a current name, an old name nor a close name).{h} Check the spelling or remove --commune.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/communes.py" line="168" />
            <source>nom actuel</source>
            <translation>current name</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/reference.py" line="94" />
            <source>Plusieurs lieux demandés : {p}</source>
            <translation>Several places requested: {p}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/reference.py" line="96" />
            <source>Aucun résultat pour « {q} ».</source>
            <translation>No result for “{q}”.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/reference.py" line="98" />
            <source>Vouliez-vous dire « {s} » ?</source>
            <translation>Did you mean “{s}”?</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/reference.py" line="100" />
            <source>Essayez moins de mots, ou le nom de la commune seul.</source>
            <translation>Try fewer words, or the commune name alone.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/reference.py" line="113" />
            <source>{s} (si c'est ce lieu : {lieu})</source>
            <translation>{s} (if this is the place: {lieu})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/reference.py" line="119" />
            <source>intérêt : {v}</source>
            <translation>value: {v}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/reference.py" line="121" />
            <source>{p} ({s})</source>
            <translation>{p} ({s})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/reference.py" line="124" />
            <source>réunit aussi : {m}</source>
            <translation>also merges: {m}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/reference.py" line="127" />
            <source>{c} : {r}</source>
            <translation>{c}: {r}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/reference.py" line="156" />
            <source>Le jeu converti est incomplet : {p}</source>
            <translation>The converted data set is incomplete: {p}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/reference.py" line="170" />
            <source>Jeu de référence converti : {gpkg} ({c} composantes, {e} éléments).</source>
            <translation>Reference data set converted: {gpkg} ({c} components, {e} elements).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/reference.py" line="175" />
            <source>Il est désormais utilisé par le plugin et la ligne de commande.</source>
            <translation>The plugin and the command line now use it.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/reference.py" line="175" />
            <source>Non activé (--no-activate).</source>
            <translation>Not activated (--no-activate).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/plugin.py" line="600" />
            <source>Jeu de référence utilisé : {v}</source>
            <translation>Reference data set in use: {v}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/reference.py" line="200" />
            <source>Fichier : {p}{e}</source>
            <translation>File: {p}{e}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/reference.py" line="200" />
            <source> (embarqué dans le plugin)</source>
            <translation> (embedded in the plugin)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/reference.py" line="205" />
            <source>Converti le : {d}</source>
            <translation>Converted on: {d}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/reference.py" line="206" />
            <source>Source : {a} — {l}</source>
            <translation>Source: {a} — {l}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/reports.py" line="12" />
            <source>Rapports du système de gestion : comite (Comité technique de suivi : ce qui est nouveau sur la période), local (comités locaux, un fichier par EPCI), indicateurs (pour l'évaluation du plan de gestion), periodique (rapport périodique UNESCO : facteurs × alertes, permis et PLU), pac (porté à connaissance d'une commune), element (fiche de suivi d'un élément, ou des 353).</source>
            <translation>Management system reports: comite (Technical monitoring committee: what is new over the period), local (local committees, one file per EPCI), indicateurs (for the evaluation of the management plan), periodique (UNESCO periodic report: factors × alerts, permits and PLU), pac (a commune's porté à connaissance), element (follow-up file of one element, or of all 353).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/reports.py" line="21" />
            <source>rapport à écrire</source>
            <translation>report to write</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/reports.py" line="25" />
            <source>dossier des résultats</source>
            <translation>output folder</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/reports.py" line="26" />
            <source>début de la période (jj/mm/aaaa ; défaut : il y a 30 jours)</source>
            <translation>start of the period (dd/mm/yyyy; default: 30 days ago)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/reports.py" line="27" />
            <source>fin de la période, incluse (défaut : aujourd'hui)</source>
            <translation>end of the period, included (default: today)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/reports.py" line="28" />
            <source>un seul EPCI (nom tel que dans les données, ex. « CA de Lens - Liévin »)</source>
            <translation>one EPCI only (name as in the data, e.g. “CA de Lens - Liévin”)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/reports.py" line="31" />
            <source>commune du porté à connaissance (répétable)</source>
            <translation>commune of the porté à connaissance (repeatable)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/reports.py" line="35" />
            <source>élément (répétable), ex. 63V</source>
            <translation>element (repeatable), e.g. 63V</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/reports.py" line="36" />
            <source>les fiches de tous les éléments du Bien</source>
            <translation>the files of all the property's elements</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/reports.py" line="51" />
            <source>report element : indiquez --element ID (répétable) ou --tous.</source>
            <translation>report element: give --element ID (repeatable) or --tous.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/reports.py" line="56" />
            <source>{n} fiche(s) de suivi écrite(s) ; index : {i}</source>
            <translation>{n} follow-up file(s) written; index: {i}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/reports.py" line="63" />
            <source>report pac : indiquez --commune INSEE (répétable).</source>
            <translation>report pac: give --commune INSEE (repeatable).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/reports.py" line="69" />
            <source>Porté à connaissance : {f}</source>
            <translation>Porté à connaissance: {f}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/reports.py" line="78" />
            <source>Indicateurs : {f}</source>
            <translation>Indicators: {f}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/reports.py" line="89" />
            <source>Rapport périodique : {f}</source>
            <translation>Periodic report: {f}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/reports.py" line="97" />
            <source>{f} : {n} dossier(s) nouveau(x), {a} décision(s) attendue(s), {u} autorisé(s) sans avis, {o} alerte(s) ouverte(s).</source>
            <translation>{f}: {n} new case(s), {a} decision(s) awaited, {u} authorised without an opinion, {o} alert(s) opened.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/screening.py" line="20" />
            <source>{file}, ligne {n}</source>
            <translation>{file}, line {n}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/screening.py" line="20" />
            <source>{file}, entité {n}</source>
            <translation>{file}, feature {n}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/screening.py" line="62" />
            <source>WKT illisible : « {wkt} » (syntaxe incorrecte). Exemple valide : POINT(700000 7050000).</source>
            <translation>Unreadable WKT: “{wkt}” (wrong syntax). Valid example: POINT(700000 7050000).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/screening.py" line="78" />
            <source>{f} contient {n} entités : les fiches d'analyse sont limitées à {m} par commande (autant de fichiers PDF). Extrayez les dossiers à examiner dans un fichier plus petit, ou analysez tout le fichier sans --fiche (avec --out pour le tableau).</source>
            <translation>{f} holds {n} features: screening notes are limited to {m} per command (as many PDF files). Extract the cases to examine into a smaller file, or analyse the whole file without --fiche (with --out for the table).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/rules_dock.py" line="337" />
            <source>Sévérité : {s}</source>
            <translation>Severity: {s}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/screening.py" line="171" />
            <source> — consulter : {c}</source>
            <translation> — consult: {c}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/screening.py" line="181" />
            <source>Priorité : {p}</source>
            <translation>Priority: {p}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/screening.py" line="190" />
            <source>{n} entités : {b} dans le Bien, {z} en zone tampon, {h} hors, {e} en erreur.</source>
            <translation>{n} features: {b} in the property, {z} in the buffer zone, {h} outside, {e} in error.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/screening.py" line="194" />
            <source>{c} localisées à la commune seulement : jamais comptées dans le Bien ni la zone tampon.</source>
            <translation>{c} located by their commune only: never counted in the property or the buffer zone.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/screening.py" line="198" />
            <source>Règles : {c} v{v} ; données : {d}</source>
            <translation>Rules: {c} v{v}; data: {d}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/screening.py" line="199" />
            <source>Priorités : {m} v{v} ({f})</source>
            <translation>Priorities: {m} v{v} ({f})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/screening.py" line="201" />
            <source>Résultats écrits dans {path}</source>
            <translation>Results written to {path}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/screening.py" line="206" />
            <source>Fiche d'analyse : {p}</source>
            <translation>Screening note: {p}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/screening.py" line="219" />
            <source>Fiches PDF non produites : Qt (qgis.PyQt) est indisponible ({e}) ; les fiches HTML s'impriment depuis un navigateur.</source>
            <translation>PDF notes not produced: Qt (qgis.PyQt) is unavailable ({e}); the HTML notes print from a browser.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/screening.py" line="244" />
            <source>{f} : {n} erreur(s)</source>
            <translation>{f}: {n} error(s)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/screening.py" line="248" />
            <source>{f} : catalogue valide.</source>
            <translation>{f}: valid catalogue.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/screening.py" line="252" />
            <source>Catalogue en vigueur : {n} v{v} ({f}).</source>
            <translation>Catalogue in force: {n} v{v} ({f}).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/screening.py" line="266" />
            <source>Fondements des règles écrits dans {p}</source>
            <translation>Foundations of the rules written to {p}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/screening.py" line="277" />
            <source>{n} — version {v} ({f})</source>
            <translation>{n} — version {v} ({f})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/screening.py" line="279" />
            <source> (proposition à confirmer)</source>
            <translation> (proposal to be confirmed)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/sweep.py" line="21" />
            <source>commune seulement (approximatif)</source>
            <translation>commune only (approximate)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/sweep.py" line="88" />
            <source>Balayage n°{id} : {n} dossiers — {nv} nouveaux, {m} modifiés, {i} inchangés, {d} disparus.</source>
            <translation>Sweep no. {id}: {n} cases — {nv} new, {m} modified, {i} unchanged, {d} gone.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/sweep.py" line="98" />
            <source>Zones : </source>
            <translation>Zones: </translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/sweep.py" line="99" />
            <source>Sévérités : </source>
            <translation>Severities: </translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/sweep.py" line="104" />
            <source>{n} lignes signalées (non lues ou mal localisées) : voir {p}</source>
            <translation>{n} rows reported (unread or badly located): see {p}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/cli/sweep.py" line="110" />
            <source>Résultats de ce balayage, gardés : {d} (le dernier balayage est aussi copié dans {o})</source>
            <translation>This sweep's results, kept: {d} (the latest sweep is also copied to {o})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/exports.py" line="69" />
            <source>Document établi avec le plugin QGIS « Veille patrimoniale » du Bien « Bassin minier du Nord-Pas de Calais ». Priorités A à F : modèle adapté du registre Heritage at Risk (Historic England), qui ne figure dans aucun document du Bien (proposition à valider par la Mission Bassin Minier).</source>
            <translation>Document produced with the QGIS plugin “Veille patrimoniale” of the property “Bassin minier du Nord-Pas de Calais”. Priorities A to F: model adapted from Historic England's Heritage at Risk register, which appears in no document of the property (a proposal to be validated by the Mission Bassin Minier).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/exports.py" line="135" />
            <source>Signification</source>
            <translation>Meaning</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/exports.py" line="135" />
            <source>Alertes ouvertes</source>
            <translation>Open alerts</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/exports.py" line="148" />
            <source>Sites</source>
            <translation>Sites</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/alerts_export.py" line="46" />
            <source>Liste des sites en péril</source>
            <translation>List of sites at risk</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/exports.py" line="370" />
            <source>Registre : {w}</source>
            <translation>Register: {w}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/alert_dialog.py" line="421" />
            <source>Emplacement</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/exports.py" line="252" />
            <source>Pièces jointes</source>
            <translation>Attachments</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/exports.py" line="261" />
            <source>Historique</source>
            <translation>History</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/exports.py" line="269" />
            <source>Dossier d'alerte n° {id}</source>
            <translation>Alert file no. {id}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/exports.py" line="282" />
            <source>Dossier de l'élément {id}</source>
            <translation>File of element {id}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/exports.py" line="286" />
            <source>Dossier de l'élément {id} — {nom}</source>
            <translation>File of element {id} — {nom}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/exports.py" line="300" />
            <source>Aucune alerte n'a été enregistrée pour cet élément.</source>
            <translation>No alert has been recorded for this element.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/exports.py" line="334" />
            <source>facteur non renseigné</source>
            <translation>factor not given</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/periodic.py" line="43" />
            <source>Facteur</source>
            <translation>Factor</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/report.py" line="265" />
            <source>Libellé</source>
            <translation>Label</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/element_file.py" line="498" />
            <source>Alertes</source>
            <translation>Alerts</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/exports.py" line="346" />
            <source>Ouvertes</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/exports.py" line="346" />
            <source>Ouvertes — {t}</source>
            <translation>Open — {t}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/exports.py" line="346" />
            <source>Ouvertes — tendance non renseignée</source>
            <translation>Open — trend not given</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/exports.py" line="346" />
            <source>Closes</source>
            <translation>Closed</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/exports.py" line="361" />
            <source>Une alerte qui cite plusieurs facteurs secondaires d’un même facteur principal compte une fois pour ce facteur ; une alerte qui cite plusieurs facteurs principaux compte pour chacun.</source>
            <translation>An alert that cites several secondary factors of one primary factor counts once for that factor; an alert that cites several primary factors counts for each.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/exports.py" line="370" />
            <source>Rapport périodique : facteurs affectant le Bien</source>
            <translation>Periodic report: factors affecting the property</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/exports.py" line="401" />
            <source>Export « {k} » inconnu : liste, dossier ou rapport.</source>
            <translation>Unknown export « {k} »: liste, dossier or rapport.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/exports.py" line="403" />
            <source>Format « {f} » inconnu : html ou csv.</source>
            <translation>Unknown format « {f} »: html or csv.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/exports.py" line="407" />
            <source>Export « dossier » : indiquez --element ID ou --alerte N.</source>
            <translation>Export « dossier »: give --element ID or --alerte N.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/model.py" line="366" />
            <source>champ « {f} » inconnu (champs possibles : {all})</source>
            <translation>unknown field « {f} » (possible fields: {all})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/model.py" line="377" />
            <source>« {l} » : {n} caractères, {m} au plus</source>
            <translation>« {l} »: {n} characters, {m} at most</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/model.py" line="384" />
            <source>« {l} » : date « {v} » illisible (ex. 21/11/2026 ou 2026-11-21)</source>
            <translation>« {l} »: unreadable date « {v} » (e.g. 21/11/2026 or 2026-11-21)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/model.py" line="389" />
            <source>« {l} » : la date {v} est dans le futur</source>
            <translation>« {l} »: the date {v} is in the future</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/model.py" line="400" />
            <source>« {l} » : valeur « {v} » refusée (valeurs possibles : {a})</source>
            <translation>« {l} »: value « {v} » refused (possible values: {a})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/model.py" line="416" />
            <source>« {l} » : {v} refusé(s) (valeurs possibles : {a})</source>
            <translation>« {l} »: {v} refused (possible values: {a})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/model.py" line="432" />
            <source>« {l} » : code(s) {v} inconnu(s) ; codes des facteurs UNESCO : 1 à 14, éventuellement suivis du facteur secondaire (ex. 1.1)</source>
            <translation>« {l} »: unknown code(s) {v}; UNESCO factor codes: 1 to 14, possibly followed by the secondary factor (e.g. 1.1)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/model.py" line="444" />
            <source>« {l} » : liste trop longue</source>
            <translation>« {l} »: list too long</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/model.py" line="448" />
            <source>« {l} » : valeur « {v} » illisible ({e})</source>
            <translation>« {l} »: unreadable value « {v} » ({e})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/model.py" line="451" />
            <source>« {l} » est obligatoire</source>
            <translation>« {l} » is required</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/model.py" line="457" />
            <source>« {l} » ne peut pas être vidé</source>
            <translation>« {l} » cannot be emptied</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/model.py" line="459" />
            <source>Alerte refusée : {e}.</source>
            <translation>Alert refused: {e}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/service.py" line="44" />
            <source>Champ « Éléments » : identifiant(s) {ids} inconnu(s) dans le jeu de référence {v} (ex. « 63V », « 42B »). Cherchez un élément par son nom : python -m veille_plugin find « fosse 9 Oignies ».</source>
            <translation>Field « Éléments »: identifier(s) {ids} unknown in the reference data set {v} (e.g. « 63V », « 42B »). Find an element by its name: python -m veille_plugin find « fosse 9 Oignies ».</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/alerts.py" line="77" />
            <source>Emplacement de l'alerte vide : cliquez sur la carte ou choisissez un élément.</source>
            <translation>Place of the alert empty: click on the map or choose an element.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/service.py" line="139" />
            <source> (des degrés donnés pour des mètres ?)</source>
            <translation> (degrees given for metres?)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/service.py" line="140" />
            <source>Emplacement ({x:.6g}, {y:.6g}) hors de France en Lambert-93{hint} : donnez les coordonnées en mètres, EPSG:2154, ex. x 690000 y 7040000.</source>
            <translation>Place ({x:.6g}, {y:.6g}) outside France in Lambert-93{hint}: give the coordinates in metres, EPSG:2154, e.g. x 690000 y 7040000.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/service.py" line="218" />
            <source>Dossier {n} : {t}</source>
            <translation>Case {n}: {t}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/service.py" line="221" />
            <source>Alerte ouverte depuis la veille des permis : dossier {n} ({type}), {commune}. Travaux : {w}.</source>
            <translation>Alert opened from the permit monitoring: case {n} ({type}), {commune}. Works: {w}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/archives.py" line="34" />
            <source>Archive {p} refusée : {what}. Rien n'a été décompressé ; vérifiez l'archive (ou décompressez-la vous-même).</source>
            <translation>Archive {p} refused: {what}. Nothing was unpacked; check the archive (or unpack it yourself).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/archives.py" line="43" />
            <source>{n} Mo une fois décompressée pour {k} Ko d'archive, plus de {r:.0f} fois sa taille (bombe de décompression)</source>
            <translation>{n} MB once unpacked from a {k} KB archive, more than {r:.0f} times its size (decompression bomb)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/archives.py" line="125" />
            <source>Archive ZIP {p} illisible ({err}).</source>
            <translation>Unreadable ZIP archive {p} ({err}).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/archives.py" line="61" />
            <source>{n} fichiers (au plus {m})</source>
            <translation>{n} files (at most {m})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/archives.py" line="64" />
            <source>{n} Mo une fois décompressée (au plus {m} Mo)</source>
            <translation>{n} MB once unpacked (at most {m} MB)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/archives.py" line="79" />
            <source>elle contient d'autres archives ({n})</source>
            <translation>it contains other archives ({n})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/archives.py" line="98" />
            <source>plus de {m} Mo une fois décompressée</source>
            <translation>more than {m} MB once unpacked</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/archives.py" line="105" />
            <source>« {f} » se décompresse plus de {r:.0f} fois (bombe de décompression)</source>
            <translation>“{f}” expands more than {r:.0f} times (decompression bomb)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/archives.py" line="122" />
            <source>archive tronquée</source>
            <translation>truncated archive</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/archives.py" line="124" />
            <source>ce n'est pas une archive ZIP, ou elle est endommagée</source>
            <translation>not a ZIP archive, or a damaged one</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/atomic_files.py" line="59" />
            <source> (255 octets par nom, moins {k} octets que SQLite ajoute au nom pour son journal « -journal »)</source>
            <translation> (255 bytes per name, less the {k} bytes SQLite appends to the name for its journal “-journal”)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/atomic_files.py" line="59" />
            <source> (255 octets par nom)</source>
            <translation> (255 bytes per name)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/atomic_files.py" line="66" />
            <source>nom trop long : {p} — le nom « {start}… » fait {n} octets, le système de fichiers en accepte {m} au plus{why} ; une lettre accentuée compte pour 2 octets. Rien n'a été écrit ; choisissez un nom plus court.</source>
            <translation>name too long: {p} — the name “{start}…” is {n} bytes long, the file system accepts {m} at most{why}; an accented letter counts as 2 bytes. Nothing was written; choose a shorter name.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/atomic_files.py" line="88" />
            <source>nom trop long</source>
            <translation>name too long</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/atomic_files.py" line="116" />
            <source>disque plein : {p}. Aucun fichier incomplet n'a été laissé et les fichiers déjà présents sont intacts ; libérez de la place ou choisissez un autre dossier, puis relancez.</source>
            <translation>disk full: {p}. No incomplete file was left and the files already there are intact; free some space or choose another folder, then run again.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/atomic_files.py" line="128" />
            <source>écriture impossible : {p} ({reason}). Aucun fichier incomplet n'a été laissé ; vérifiez le dossier et les droits d'écriture.</source>
            <translation>cannot write: {p} ({reason}). No incomplete file was left; check the folder and the write permissions.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/atomic_files.py" line="262" />
            <source>fichier temporaire absent</source>
            <translation>temporary file missing</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/crs.py" line="54" />
            <source>Système de coordonnées inconnu : « {crs} ». Indiquez un code EPSG valide, par exemple EPSG:2154 (Lambert-93) ou EPSG:4326 (WGS84).</source>
            <translation>Unknown coordinate reference system: « {crs} ». Give a valid EPSG code, for example EPSG:2154 (Lambert-93) or EPSG:4326 (WGS84).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="43" />
            <source>{title} : {path} ({n} erreur(s)) :
{lines}</source>
            <translation>{title}: {path} ({n} error(s)):
{lines}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="43" />
            <source>Fichier de données invalide</source>
            <translation>Invalid data file</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="59" />
            <source>ligne {line}, </source>
            <translation>line {line}, </translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="127" />
            <source>syntaxe incorrecte ({m})</source>
            <translation>wrong syntax ({m})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="127" />
            <source>syntaxe incorrecte</source>
            <translation>wrong syntax</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="235" />
            <source>structure imbriquée sur plus de {n} niveaux : ce n'est pas un {what}</source>
            <translation>structure nested more than {n} levels deep: this is not {what}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="174" />
            <source>alias YAML récursif (un nœud qui se contient)</source>
            <translation>recursive YAML alias (a node that contains itself)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="185" />
            <source>alias YAML qui se démultiplient au-delà de {n} éléments : fichier refusé</source>
            <translation>YAML aliases that multiply beyond {n} items: file refused</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="205" />
            <source>c'est un dossier, pas un {what}</source>
            <translation>this is a folder, not {what}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="208" />
            <source>fichier de {n} Ko : un {what} tient en moins de {m} Ko</source>
            <translation>file of {n} KB: {what} fits in less than {m} KB</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="217" />
            <source>fichier introuvable</source>
            <translation>file not found</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="222" />
            <source>le fichier doit être encodé en UTF-8 (octet invalide {b} à la position {pos}) : réenregistrez-le en UTF-8</source>
            <translation>the file must be encoded in UTF-8 (invalid byte {b} at position {pos}): save it again in UTF-8</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="243" />
            <source>JSON mal formé : {msg} (colonne {col})</source>
            <translation>malformed JSON: {msg} (column {col})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="265" />
            <source>structure YAML trop imbriquée</source>
            <translation>YAML structure nested too deep</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="270" />
            <source>YAML mal formé : {msg}</source>
            <translation>malformed YAML: {msg}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="279" />
            <source>clé « {k} » écrite deux fois : une seule valeur serait retenue</source>
            <translation>key « {k} » written twice: only one value would be kept</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="359" />
            <source>conforme au modèle attendu</source>
            <translation>matching the expected model</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="351" />
            <source>« {f} » vaut {vals}</source>
            <translation>“{f}” is {vals}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="376" />
            <source> ou </source>
            <translation> or </translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="355" />
            <source>« {f} » vaut {v}</source>
            <translation>“{f}” is {v}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="358" />
            <source>qui a le(s) champ(s) {f}</source>
            <translation>which has the field(s) {f}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/model.py" line="1254" />
            <source> et </source>
            <translation> and </translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="387" />
            <source>champ obligatoire manquant : {f}</source>
            <translation>required field missing: {f}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="389" />
            <source>valeur « {v} » non admise ; valeurs possibles : {vals}</source>
            <translation>value « {v} » not allowed; possible values: {vals}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="393" />
            <source>valeur « {v} » non admise ; valeur attendue : {c}</source>
            <translation>value “{v}” not allowed; expected value: {c}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="395" />
            <source>type attendu : {t} (reçu : {v})</source>
            <translation>expected type: {t} (got: {v})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="397" />
            <source>« {v} » ne respecte pas le format attendu ({p})</source>
            <translation>« {v} » does not follow the expected format ({p})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="399" />
            <source>une date AAAA-MM-JJ, ex. 2025-03-31</source>
            <translation>a date YYYY-MM-DD, e.g. 2025-03-31</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="399" />
            <source>une date et une heure</source>
            <translation>a date and time</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="400" />
            <source>« {v} » n'est pas {f}</source>
            <translation>“{v}” is not {f}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="400" />
            <source>au format {f}</source>
            <translation>in the {f} format</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="403" />
            <source>champ(s) inconnu(s) : {f} (faute de frappe ?)</source>
            <translation>unknown field(s): {f} (a typo?)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="405" />
            <source>liste trop courte : au moins {n} élément(s) attendu(s), {k} reçu(s)</source>
            <translation>list too short: at least {n} item(s) expected, {k} given</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="409" />
            <source>liste trop longue : au plus {n} élément(s) attendu(s), {k} reçu(s)</source>
            <translation>list too long: at most {n} item(s) expected, {k} given</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="413" />
            <source>texte trop court : au moins {n} caractère(s) attendu(s) (reçu : « {v} »)</source>
            <translation>text too short: at least {n} character(s) expected (given: “{v}”)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="417" />
            <source>texte trop long : au plus {n} caractère(s)</source>
            <translation>text too long: at most {n} character(s)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="419" />
            <source>valeur {v} trop petite (minimum {m})</source>
            <translation>value {v} too small (minimum {m})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="421" />
            <source>valeur {v} trop petite (elle doit être supérieure à {m})</source>
            <translation>value {v} too small (it must be greater than {m})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="423" />
            <source>valeur {v} trop grande (maximum {m})</source>
            <translation>value {v} too large (maximum {m})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="425" />
            <source>valeur {v} trop grande (elle doit être inférieure à {m})</source>
            <translation>value {v} too large (it must be less than {m})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="427" />
            <source>une condition doit contenir exactement une clé (ex. « zone », « tous », « travaux ») ; reçu : {k}</source>
            <translation>a condition must hold exactly one key (e.g. « zone », « tous », « travaux »); got: {k}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="431" />
            <source>valeurs en double</source>
            <translation>duplicate values</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="433" />
            <source>la liste doit contenir au moins une entrée dont {what} ; aucune ne convient</source>
            <translation>the list must contain at least one entry where {what}; none does</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="437" />
            <source>valeur « {v} » ne correspond à aucune des formes admises</source>
            <translation>value “{v}” matches none of the allowed forms</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="439" />
            <source>valeur « {v} » interdite à cet endroit</source>
            <translation>value “{v}” not allowed here</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="441" />
            <source>champ non admis à cet endroit</source>
            <translation>field not allowed here</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/datafile.py" line="442" />
            <source>valeur « {v} » non admise (contrainte « {k} » du schéma)</source>
            <translation>value “{v}” not allowed (schema constraint “{k}”)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/altimetry.py" line="128" />
            <source>Réponse illisible du service d'altimétrie {u} ({e}).</source>
            <translation>Unreadable answer from the altimetry service {u} ({e}).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/altimetry.py" line="133" />
            <source>Réponse inattendue du service d'altimétrie {u} : pas de profil (« elevations »).</source>
            <translation>Unexpected answer from the altimetry service {u}: no profile ("elevations").</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/altimetry.py" line="144" />
            <source>Réponse inattendue du service d'altimétrie {u} : points sans lon, lat et z.</source>
            <translation>Unexpected answer from the altimetry service {u}: points without lon, lat and z.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/altimetry.py" line="163" />
            <source>le profil ne va pas des points demandés ({a}) mais de {g}</source>
            <translation>the profile does not run between the points asked ({a}) but {g}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/altimetry.py" line="169" />
            <source>aucune altitude connue le long du profil</source>
            <translation>no known altitude along the profile</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/altimetry.py" line="172" />
            <source>altitudes de {a:.0f} m à {b:.0f} m, impossibles en France</source>
            <translation>altitudes from {a:.0f} m to {b:.0f} m, impossible in France</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/altimetry.py" line="265" />
            <source>Réponse suspecte du service d'altimétrie {u} : {r} ; elle n'est pas gardée.</source>
            <translation>Suspect answer from the altimetry service {u}: {r}; it is not kept.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/cadastre.py" line="59" />
            <source>Parcelles de la commune {c} : réponse incomplète ou illisible ({e}) ; elle n'est pas gardée.</source>
            <translation>Parcels of commune {c}: incomplete or unreadable answer ({e}); it is not kept.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/cadastre.py" line="66" />
            <source>Parcelles de la commune {c} : la réponse n'est pas une collection d'entités GeoJSON.</source>
            <translation>Parcels of commune {c}: the answer is not a GeoJSON feature collection.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/cadastre.py" line="72" />
            <source>Parcelles de la commune {c} : {k} entité(s) sans identifiant de parcelle de cette commune (ex. « {x} ») ; le format du service a-t-il changé ?</source>
            <translation>Parcels of commune {c}: {k} feature(s) without a parcel id of this commune (e.g. «{x}»); has the service's format changed?</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/cadastre.py" line="97" />
            <source>aucune parcelle dans la réponse (réponse vide)</source>
            <translation>no parcel in the answer (empty answer)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/cadastre.py" line="106" />
            <source>coordonnées hors de la France métropolitaine en longitudes et latitudes (parcelle {p}) : un autre système (Lambert-93 ?) servi comme WGS 84</source>
            <translation>coordinates outside metropolitan France in longitudes and latitudes (parcel {p}): another system (Lambert-93?) served as WGS 84</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/cadastre.py" line="111" />
            <source>{n} parcelle(s) au lieu de {p} dans la copie précédente</source>
            <translation>{n} parcel(s) instead of {p} in the previous copy</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/cadastre.py" line="164" />
            <source>réponse suspecte de {u} : {r} ; elle n'est pas gardée</source>
            <translation>suspect answer from {u}: {r}; it is not kept</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/cadastre.py" line="166" />
            <source>Aucune parcelle publiée pour la commune {c} ({u}).</source>
            <translation>No parcel published for commune {c} ({u}).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/sitadel.py" line="444" />
            <source>{u} ne répond pas ({e})</source>
            <translation>{u} does not answer ({e})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/cadastre.py" line="175" />
            <source>Parcelles de la commune {c} : {r} ; copie en cache du {d} utilisée.</source>
            <translation>Parcels of commune {c}: {r}; cached copy of {d} used.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/cadastre.py" line="184" />
            <source>Parcelles de la commune {c} indisponibles : {r}, et aucune copie en cache. Ses dossiers sont localisés par leurs coordonnées ou leur commune ; relancez une fois en ligne, ou donnez une couche de parcelles.</source>
            <translation>Parcels of commune {c} unavailable: {r}, and no cached copy. Its cases are located by their coordinates or their commune; run again once online, or give a parcel layer.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/cadastre.py" line="243" />
            <source>parcelles Etalab de {n} commune(s)</source>
            <translation>Etalab parcels of {n} commune(s)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/gpu.py" line="153" />
            <source>Réponse incomplète ou illisible de {u} ({e}) : rien n'est gardé de cette commune.</source>
            <translation>Incomplete or unreadable answer from {u} ({e}): nothing is kept for this commune.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/gpu.py" line="163" />
            <source>Réponse inattendue de {u} : ce n'est pas une collection d'entités GeoJSON ; le format du service a-t-il changé ?</source>
            <translation>Unexpected answer from {u}: it is not a GeoJSON feature collection; has the service's format changed?</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/gpu.py" line="175" />
            <source>{c} ; si ce changement est réel (révision, nouveau document), acceptez-le : bouton « Accepter le changement » du panneau PLU, ou --accepter-changement en ligne de commande</source>
            <translation>{c}; if this change is real (revision, new document), accept it: the “Accept the change” button of the PLU panel, or --accepter-changement on the command line</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/gpu.py" line="216" />
            <source>Réponse de {u} : {n} entités, plus que les {m} acceptées dans une réponse ; rien n'est gardé.</source>
            <translation>Answer from {u}: {n} features, more than the {m} accepted in one answer; nothing is kept.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/gpu.py" line="224" />
            <source>Réponse de {u} : l'entité {i} a plus de {m} sommets, plus qu'il n'en est accepté pour une entité ; rien n'est gardé.</source>
            <translation>Answer from {u}: feature {i} has more than {m} vertices, more than is accepted for one feature; nothing is kept.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/gpu.py" line="238" />
            <source>Réponse de {u} sans les champs attendus du standard CNIG ({m}) ; le format du service a-t-il changé ? Rien n'est gardé de cette commune.</source>
            <translation>Answer from {u} without the expected fields of the CNIG standard ({m}); has the service's format changed? Nothing is kept for this commune.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/gpu.py" line="264" />
            <source>{u} renvoie deux fois la même page : la pagination (_start) n'est pas suivie.</source>
            <translation>{u} returns the same page twice: paging (_start) is not followed.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/gpu.py" line="272" />
            <source>{r} : plus de {n} entités pour ce document ; la veille s'arrête là pour ne rien garder d'incomplet.</source>
            <translation>{r}: more than {n} features for this document; the watch stops there so as to keep nothing incomplete.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/gpu.py" line="292" />
            <source>Commune {c} sans contour dans la réponse de {u}.</source>
            <translation>Commune {c} without an outline in the answer from {u}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/http.py" line="88" />
            <source>redirection non suivie</source>
            <translation>redirect not followed</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/http.py" line="92" />
            <source>erreur du service</source>
            <translation>service error</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/http.py" line="94" />
            <source>réponse inattendue</source>
            <translation>unexpected answer</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/http.py" line="95" />
            <source>le service a répondu HTTP {c} ({m})</source>
            <translation>the service answered HTTP {c} ({m})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/http.py" line="102" />
            <source>l'adresse {u} redirige en boucle (HTTP {c} répété) : le service est mal configuré ou l'adresse a changé</source>
            <translation>the address {u} redirects in a loop (HTTP {c} repeated): the service is misconfigured or the address has changed</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/http.py" line="106" />
            <source>l'adresse {u} redirige vers une adresse qui n'est pas http(s) (HTTP {c}) : elle n'est pas suivie</source>
            <translation>the address {u} redirects to an address that is not http(s) (HTTP {c}): it is not followed</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/http.py" line="122" />
            <source>nom du serveur introuvable (DNS)</source>
            <translation>server name not found (DNS)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/http.py" line="124" />
            <source>certificat du serveur non valide</source>
            <translation>invalid server certificate</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/http.py" line="126" />
            <source>échec de la connexion sécurisée (SSL/TLS)</source>
            <translation>secure connection failed (SSL/TLS)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/http.py" line="128" />
            <source>le serveur a fermé la connexion sans répondre</source>
            <translation>the server closed the connection without answering</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/http.py" line="130" />
            <source>réponse incomplète : la connexion a été coupée pendant la lecture</source>
            <translation>incomplete answer: the connection was cut while reading</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/http.py" line="132" />
            <source>réponse HTTP invalide</source>
            <translation>invalid HTTP answer</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/http.py" line="138" />
            <source>adresse non prise en charge (http ou https attendu)</source>
            <translation>address not supported (http or https expected)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/http.py" line="139" />
            <source>erreur réseau ({e})</source>
            <translation>network error ({e})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/http.py" line="145" />
            <source>compression gzip tronquée</source>
            <translation>truncated gzip compression</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/http.py" line="147" />
            <source>compression gzip corrompue</source>
            <translation>corrupt gzip compression</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/http.py" line="149" />
            <source>texte qui n'est pas en UTF-8</source>
            <translation>text not in UTF-8</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/http.py" line="151" />
            <source>JSON mal formé</source>
            <translation>malformed JSON</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/http.py" line="154" />
            <source>contenu illisible</source>
            <translation>unreadable content</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/http.py" line="165" />
            <source>Réponse de {u} trop volumineuse (plus de {n} Mo) : elle n'est pas lue.</source>
            <translation>Answer from {u} too large (over {n} MB): it is not read.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/http.py" line="172" />
            <source>{u} n'a pas donné sa réponse entière en {s} s (délai maximal d'une requête) : elle est abandonnée.</source>
            <translation>{u} did not give its whole answer within {s} s (the longest a request may take): it is abandoned.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/http.py" line="282" />
            <source>Réponse de {u} trop volumineuse une fois décompressée (plus de {n} Mo) : elle n'est pas lue.</source>
            <translation>Answer from {u} too large once decompressed (over {n} MB): it is not read.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/watch.py" line="282" />
            <source> ; coordonnées hors des longitudes et latitudes : un autre système (Lambert-93 ?) servi comme WGS 84</source>
            <translation>; coordinates outside longitudes and latitudes: another system (Lambert-93?) served as WGS 84</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/servitudes.py" line="137" />
            <source>{o} servitude(s) sur {n} hors des communes demandées{h}</source>
            <translation>{o} servitude(s) of {n} outside the communes asked{h}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/servitudes.py" line="143" />
            <source>{n} servitude(s) et générateur(s) au lieu de {p} dans la version précédente</source>
            <translation>{n} servitude(s) and générateur(s) instead of {p} in the previous version</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/servitudes.py" line="224" />
            <source>Servitudes {c} de la commune {i} : {e}</source>
            <translation>Servitudes {c} of commune {i}: {e}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/servitudes.py" line="233" />
            <source>Générateurs {c} de la commune {i} : {e}</source>
            <translation>{c} générateurs of commune {i}: {e}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/servitudes.py" line="241" />
            <source>Servitudes : aucune des communes demandées n'est dans les données du Bien</source>
            <translation>Servitudes: none of the communes asked is in the property's data</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/servitudes.py" line="250" />
            <source>Réponse suspecte du Géoportail de l'Urbanisme pour les servitudes : {r}</source>
            <translation>Suspect answer from the Géoportail de l'Urbanisme for the servitudes: {r}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/watch.py" line="488" />
            <source>changement important accepté par {a} : {c}</source>
            <translation>large change accepted by {a}: {c}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/servitudes.py" line="295" />
            <source>{r} ; la version du {d} reste utilisée.</source>
            <translation>{r}; the version of {d} remains in use.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/servitudes.py" line="302" />
            <source>{r} ; aucune version gardée : les règles les demandent encore.</source>
            <translation>{r}; no version kept: the rules still ask for them.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/servitudes.py" line="371" />
            <source>servitude {c} du Géoportail de l'Urbanisme, relevé du {d}</source>
            <translation>servitude {c} from the Géoportail de l'Urbanisme, fetched on {d}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/servitudes.py" line="435" />
            <source>couche fournie</source>
            <translation>layer supplied</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/sitadel.py" line="131" />
            <source>Réponse incomplète ou illisible de {u} ({e}) : rien n'en est gardé.</source>
            <translation>Incomplete or unreadable answer from {u} ({e}): nothing of it is kept.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/sitadel.py" line="137" />
            <source>Réponse inattendue de {u} : {w} ; le format de l'API DiDo a-t-il changé ? Rien n'en est gardé.</source>
            <translation>Unexpected answer from {u}: {w}; has the DiDo API's format changed? Nothing of it is kept.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/sitadel.py" line="151" />
            <source>pas de liste « datafiles »</source>
            <translation>no “datafiles” list</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/sitadel.py" line="176" />
            <source>aucun fichier de données avec les colonnes COMM et NUM_DAU, NUM_PA ou NUM_PD</source>
            <translation>no datafile with the columns COMM and NUM_DAU, NUM_PA or NUM_PD</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/sitadel.py" line="202" />
            <source>colonnes manquantes dans la réponse : {c}</source>
            <translation>columns missing from the answer: {c}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/sitadel.py" line="204" />
            <source>aucune ligne dans la réponse (réponse vide)</source>
            <translation>no row in the answer (empty answer)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/sitadel.py" line="206" />
            <source>aucune des {n} ligne(s) reçue(s) n'est dans une commune du bassin minier</source>
            <translation>none of the {n} row(s) received is in a commune of the mining basin</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/sitadel.py" line="208" />
            <source>{n} ligne(s) du bassin au lieu de {p} dans le mois précédent gardé</source>
            <translation>{n} row(s) of the basin instead of {p} in the previous month kept</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/sitadel.py" line="265" />
            <source>Récupération des listes Sitadel annulée.</source>
            <translation>Fetching of the Sitadel lists cancelled.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/sitadel.py" line="270" />
            <source>pas de lignes « data »</source>
            <translation>no “data” rows</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/sitadel.py" line="276" />
            <source>la même page deux fois : la pagination (page) n'est pas suivie</source>
            <translation>the same page twice: the paging (page) is not followed</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/sitadel.py" line="293" />
            <source>{t}, {m} : {n} ligne(s) lue(s), {k} du bassin</source>
            <translation>{t}, {m}: {n} row(s) read, {k} of the basin</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/sitadel.py" line="301" />
            <source>{t}, {m} : plus de {n} pages ; rien n'est gardé de ce mois.</source>
            <translation>{t}, {m}: more than {n} pages; nothing of this month is kept.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/sitadel.py" line="307" />
            <source>{t}, {m} : {g} ligne(s) reçue(s) sur les {n} annoncées (liste tronquée) ; rien n'est gardé de ce mois.</source>
            <translation>{t}, {m}: {g} row(s) received of the {n} announced (truncated list); nothing of this month is kept.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/sitadel.py" line="343" />
            <source>Listes Sitadel : fichiers de données de l'API DiDo…</source>
            <translation>Sitadel lists: datafiles of the DiDo API…</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/sitadel.py" line="347" />
            <source>{u} : jeu de données introuvable (HTTP 404) ; son identifiant a-t-il changé ?</source>
            <translation>{u}: dataset not found (HTTP 404); has its identifier changed?</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/sitadel.py" line="373" />
            <source>Listes Sitadel : {t}, mois {m}…</source>
            <translation>Sitadel lists: {t}, month {m}…</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/sitadel.py" line="384" />
            <source>{t}, mois {m} : réponse refusée, {r}</source>
            <translation>{t}, month {m}: answer refused, {r}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/sitadel.py" line="408" />
            <source>{r} ; ce mois n'est pas gardé, les versions gardées restent en usage.</source>
            <translation>{r}; this month is not kept, the versions kept stay in use.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/sitadel.py" line="390" />
            <source>{t}, mois {m} : requête refusée, {e}</source>
            <translation>{t}, month {m}: request refused, {e}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/sitadel.py" line="399" />
            <source>{t}, mois {m} : {e}</source>
            <translation>{t}, month {m}: {e}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/sitadel.py" line="399" />
            <source>le service</source>
            <translation>the service</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/sitadel.py" line="408" />
            <source>{t}, mois {m} : introuvable</source>
            <translation>{t}, month {m}: not found</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/sitadel.py" line="421" />
            <source>{m} Rien à balayer : aucun mois récupéré ni gardé ; relancez une fois en ligne.</source>
            <translation>{m} Nothing to sweep: no month fetched or kept; run again once online.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/sitadel.py" line="421" />
            <source>Listes Sitadel (DiDo) : rien de publié.</source>
            <translation>Sitadel lists (DiDo): nothing published.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/sitadel.py" line="428" />
            <source>Listes Sitadel (DiDo) : rien de nouveau, les mois gardés sont à jour ({m}).</source>
            <translation>Sitadel lists (DiDo): nothing new, the months kept are up to date ({m}).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/sitadel.py" line="433" />
            <source>Listes Sitadel : fichiers du balayage…</source>
            <translation>Sitadel lists: files of the sweep…</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/sitadel.py" line="435" />
            <source>Listes Sitadel : {n} mois récupéré(s).</source>
            <translation>Sitadel lists: {n} month(s) fetched.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/sitadel.py" line="454" />
            <source>Listes Sitadel (DiDo) hors ligne : {r} ; les mois gardés (jusqu'à {m}) sont utilisés.</source>
            <translation>Sitadel lists (DiDo) offline: {r}; the months kept (up to {m}) are used.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/sitadel.py" line="457" />
            <source>Listes Sitadel (DiDo) hors ligne : {r} ; aucun mois gardé.</source>
            <translation>Sitadel lists (DiDo) offline: {r}; no month kept.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/sitadel.py" line="463" />
            <source>Listes Sitadel (DiDo) : {r} Les mois gardés (jusqu'à {m}) sont utilisés.</source>
            <translation>Sitadel lists (DiDo): {r} The months kept (up to {m}) are used.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/feeds/sitadel.py" line="464" />
            <source>Listes Sitadel (DiDo) : {r}</source>
            <translation>Sitadel lists (DiDo): {r}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/impact/assessment.py" line="766" />
            <source>cadre</source>
            <translation>setting</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/impact/assessment.py" line="766" />
            <source>emprise</source>
            <translation>footprint</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/impact/assessment.py" line="796" />
            <source>Valeur : {r}.</source>
            <translation>Value: {r}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/impact/assessment.py" line="798" />
            <source>Ampleur réduite de {n} cran(s) : {r}.</source>
            <translation>Magnitude lowered by {n} step(s): {r}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/impact/assessment.py" line="800" />
            <source>Ampleur supposée d'après le type de dossier : la description ne dit rien que la méthode reconnaisse.</source>
            <translation>Magnitude assumed from the case type: the description says nothing the method recognises.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/impact/assessment.py" line="804" />
            <source>Effet grand ou très grand sur un attribut du Bien : l'État peut avoir à en informer le Centre du patrimoine mondial avant de décider (Orientations, paragraphe 172) ; une étude d'impact patrimonial est recommandée.</source>
            <translation>Large or very large effect on an attribute of the property: the State Party may have to inform the World Heritage Centre before deciding (Operational Guidelines, paragraph 172); a heritage impact assessment is recommended.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/impact/method.py" line="52" />
            <source>Méthode d'évaluation d'impact invalide</source>
            <translation>Invalid impact assessment method</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/impact/method.py" line="181" />
            <source>les rangs doivent être 1, 2, 3, 4 et 5, une fois chacun</source>
            <translation>the ranks must be 1, 2, 3, 4 and 5, once each</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/impact/method.py" line="185" />
            <source>valeur « {v} » sans ligne dans la matrice</source>
            <translation>value « {v} » without a row in the matrix</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/impact/method.py" line="189" />
            <source>cellule manquante : valeur « {v} », ampleur « {m} »</source>
            <translation>missing cell: value « {v} », magnitude « {m} »</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/impact/method.py" line="194" />
            <source>importance « {s} » absente de « importances »</source>
            <translation>significance « {s} » missing from « importances »</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/impact/method.py" line="223" />
            <source>valeur « {v} » absente de « valeurs »</source>
            <translation>value « {v} » missing from « valeurs »</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/impact/method.py" line="206" />
            <source>champ « {f} » inconnu pour la source « {s} » ; champs possibles : {k}</source>
            <translation>unknown field «{f}» for the source «{s}»; possible fields: {k}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/impact/method.py" line="206" />
            <source>aucun</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/impact/method.py" line="216" />
            <source>valeur « {v} » absente des données ; valeurs possibles : {k}</source>
            <translation>value «{v}» not in the data; possible values: {k}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/impact/method.py" line="225" />
            <source>genre manquant ou absent de « genres » (obligatoire hors éléments)</source>
            <translation>« genre » missing or not listed in « genres » (required except for elements)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/impact/method.py" line="235" />
            <source>genre « {g} » absent de « genres »</source>
            <translation>kind « {g} » missing from « genres »</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/impact/method.py" line="232" />
            <source>nature de travaux que rien ne reconnaît (expressions, natures ou seuils)</source>
            <translation>nature of works that nothing recognises (expressions, natures or thresholds)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/impact/method.py" line="246" />
            <source>ampleur « {m} » absente de « ampleurs »</source>
            <translation>magnitude « {m} » missing from « ampleurs »</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/impact/method.py" line="239" />
            <source>code de nature de travaux en double</source>
            <translation>duplicate nature-of-works code</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/impact/method.py" line="251" />
            <source>nature « {c} » absente de « travaux »</source>
            <translation>nature « {c} » missing from « travaux »</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/__init__.py" line="53" />
            <source>{f} n'est pas un classeur Excel (.xlsx) alors que --format {a} est demandé. Retirez --format (détection automatique) ou indiquez le bon format.</source>
            <translation>{f} is not an Excel workbook (.xlsx) although --format {a} is asked for. Remove --format (automatic detection) or give the right format.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/__init__.py" line="60" />
            <source>{f} n'est pas un fichier CSV alors que --format csv est demandé. Retirez --format (détection automatique) ou indiquez le bon format.</source>
            <translation>{f} is not a CSV file although --format csv is asked for. Remove --format (automatic detection) or give the right format.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/__init__.py" line="67" />
            <source>{f} est un fichier Sitadel : utilisez --format sitadel ou la détection automatique (sans --format).</source>
            <translation>{f} is a Sitadel file: use --format sitadel or automatic detection (without --format).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/__init__.py" line="73" />
            <source>Format d'import inconnu « {f} ». Formats : {all}.</source>
            <translation>Unknown import format « {f} ». Formats: {all}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vector_io.py" line="68" />
            <source>Fichier introuvable : {path}. Vérifiez le chemin.</source>
            <translation>File not found: {path}. Check the path.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/layer.py" line="33" />
            <source>{f}, entité {n}</source>
            <translation>{f}, feature {n}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/layer.py" line="44" />
            <source>couche vectorielle ({crs}) ; {n} dossier(s) lu(s).</source>
            <translation>vector layer ({crs}); {n} case(s) read.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/model.py" line="1367" />
            <source>ligne {n}</source>
            <translation>line {n}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/model.py" line="83" />
            <source>champ « {f} »</source>
            <translation>field « {f} »</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/model.py" line="154" />
            <source>{p} est un dossier, pas un fichier : indiquez le fichier de la liste.</source>
            <translation>{p} is a folder, not a file: give the file of the list.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/model.py" line="156" />
            <source>{p} n'est pas un fichier ordinaire (tube, périphérique…) : indiquez un fichier enregistré.</source>
            <translation>{p} is not a regular file (pipe, device…): give a saved file.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/model.py" line="164" />
            <source>{p} fait {n} Mo : au-delà de {m} Mo, découpez la liste en plusieurs fichiers.</source>
            <translation>{p} is {n} MB: beyond {m} MB, split the list into several files.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/model.py" line="171" />
            <source>{p} : lecture impossible ({e}).</source>
            <translation>{p}: cannot be read ({e}).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/model.py" line="175" />
            <source>{p} n'est pas un fichier texte (contenu {k}) : indiquez la liste au format CSV.</source>
            <translation>{p} is not a text file ({k} content): give the list as CSV.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/model.py" line="183" />
            <source>{p} est encodé en UTF-16 (ou UTF-32), que le plugin ne lit pas : ré-enregistrez-le en « CSV UTF-8 » (tableur : Enregistrer sous → CSV UTF-8).</source>
            <translation>{p} is encoded in UTF-16 (or UTF-32), which the plugin does not read: save it again as “CSV UTF-8” (spreadsheet: Save as → CSV UTF-8).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/model.py" line="191" />
            <source>{p} n'est pas un fichier texte (octets de contrôle) : indiquez la liste au format CSV.</source>
            <translation>{p} is not a text file (control bytes): give the list as CSV.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/model.py" line="205" />
            <source>{p} : octet 0x{b:02X} à la position {pos}, ni UTF-8 ni Windows-1252. Ré-enregistrez le fichier en « CSV UTF-8 ».</source>
            <translation>{p}: byte 0x{b:02X} at position {pos}, neither UTF-8 nor Windows-1252. Save the file again as “CSV UTF-8”.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/model.py" line="294" />
            <source>fichier en UTF-8 dont {k} ligne(s) sont en Windows-1252 (lignes {lines}) : chaque ligne a été lue dans son encodage ; vérifiez ces lignes et ré-enregistrez le fichier en « CSV UTF-8 ».</source>
            <translation>UTF-8 file of which {k} line(s) are in Windows-1252 (lines {lines}): each line was read in its own encoding; check these lines and save the file again as “CSV UTF-8”.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/model.py" line="363" />
            <source>{f} : la colonne « {c} » apparaît deux fois dans l'en-tête (colonnes {a} et {b}) ; le fichier est refusé pour ne rien enregistrer de faux. Renommez ou supprimez le doublon, puis relancez.</source>
            <translation>{f}: column “{c}” appears twice in the header (columns {a} and {b}); the file is refused so that nothing wrong is recorded. Rename or remove the duplicate, then run again.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/model.py" line="397" />
            <source>plus de {w}</source>
            <translation>more than {w}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/model.py" line="398" />
            <source>{n} champs au lieu de {w} (séparateur « {sep} » en trop ?) ; ligne ignorée.</source>
            <translation>{n} fields instead of {w} (an extra « {sep} » separator?); line skipped.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/model.py" line="410" />
            <source>les lignes {a} à {b} se lisent comme un seul enregistrement</source>
            <translation>lines {a} to {b} read as a single record</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/model.py" line="412" />
            <source>les champs de la ligne sont décalés</source>
            <translation>the fields of the line are shifted</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/model.py" line="413" />
            <source>guillemet non fermé : {where} ; ignoré, rien n'est déduit de son contenu. Corrigez le guillemet et relancez.</source>
            <translation>unclosed quote: {where}; ignored, nothing is inferred from its content. Fix the quote and run again.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/model.py" line="426" />
            <source>{n} champs au lieu de {w} ; champs manquants laissés vides.</source>
            <translation>{n} fields instead of {w}; missing fields left empty.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/model.py" line="479" />
            <source>{f}, ligne {n} : guillemet non fermé dans l'en-tête ; le fichier est refusé pour ne rien enregistrer de faux. Corrigez l'en-tête, puis relancez.</source>
            <translation>{f}, line {n}: unclosed quote in the header; the file is refused so that nothing wrong is recorded. Fix the header, then run again.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/model.py" line="695" />
            <source>caractère nul (octet 0) dans la ligne : ligne ignorée, rien n'est déduit de son contenu. Corrigez le fichier et relancez.</source>
            <translation>null character (byte 0) in the line: line ignored, nothing is inferred from its content. Fix the file and run again.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/model.py" line="736" />
            <source>valeur de plus de {n} caractères : ligne ignorée. Corrigez le fichier et relancez.</source>
            <translation>value longer than {n} characters: line ignored. Fix the file and run again.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/model.py" line="756" />
            <source>{f} : aucune ligne de données lisible après l'en-tête{d}. Vérifiez que c'est la bonne liste.</source>
            <translation>{f}: no readable data line after the header{d}. Check that this is the right list.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/model.py" line="779" />
            <source>{path} : fichier texte mal formé près de la ligne {line} ({err}). Vérifiez le séparateur et les guillemets.</source>
            <translation>{path}: malformed text file near line {line} ({err}). Check the separator and the quotes.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/model.py" line="1005" />
            <source>date « {v} » hors de la plage plausible ({a} à {b}) : vérifiez la saisie ; la date est gardée.</source>
            <translation>date “{v}” outside the plausible range ({a} to {b}): check the entry; the date is kept.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/model.py" line="1084" />
            <source>système de coordonnées non indiqué ; les coordonnées ressemblent à des degrés : WGS84 (EPSG:4326) supposé.</source>
            <translation>coordinate reference system not given; the coordinates look like degrees: WGS84 (EPSG:4326) assumed.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/model.py" line="1097" />
            <source>système de coordonnées inconnu « {v} » (attendu : EPSG:2154, EPSG:4326…) ; coordonnées ignorées.</source>
            <translation>unknown coordinate reference system « {v} » (expected: EPSG:2154, EPSG:4326…); coordinates ignored.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/model.py" line="1188" />
            <source>numéro de dossier absent ; ligne ignorée.</source>
            <translation>case number missing; line skipped.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/model.py" line="1365" />
            <source>ligne {n} de {f}</source>
            <translation>line {n} of {f}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/model.py" line="1312" />
            <source>sous « {key} » pour {commune}</source>
            <translation>as « {key} » for {commune}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/model.py" line="1318" />
            <source>Le numéro porte le code de sa commune, ici {code}</source>
            <translation>The number carries its commune's code, here {code}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/model.py" line="1320" />
            <source>Le numéro porte le code de sa commune, ici {code}, qui n'est aucune de celles-ci ; la première ligne garde donc le numéro</source>
            <translation>The number carries its commune's code, here {code}, which is none of these; so the first line keeps the number</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/model.py" line="1325" />
            <source>Le numéro ne porte pas de code commune lisible ; la première ligne garde donc le numéro</source>
            <translation>The number carries no readable commune code; so the first line keeps the number</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/model.py" line="1327" />
            <source>{line}, {commune}</source>
            <translation>{line}, {commune}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/model.py" line="1331" />
            <source>le numéro de dossier « {num} » figure pour {k} communes : {places}. {choice} : ce sont des dossiers distincts, tous gardés dans le registre, {kept}. Vérifiez la commune indiquée {check} auprès du service instructeur et corrigez la liste s'il s'agit d'une erreur de saisie ; sinon, rien à faire.</source>
            <translation>dossier number « {num} » is given for {k} communes: {places}. {choice}: these are distinct dossiers, all kept in the register, {kept}. Check the commune given on {check} with the instructing service and correct the list if it is a typing error; otherwise, nothing to do.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/model.py" line="1368" />
            <source>dossier « {num} » repris plus loin ({where}) dans la même commune : c'est le même dossier, la dernière ligne est retenue et celle-ci est ignorée. Supprimez la ligne en double de la liste.</source>
            <translation>dossier « {num} » given again further on ({where}) in the same commune: it is the same dossier, the last line is kept and this one is ignored. Delete the duplicated line from the list.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/parcels.py" line="148" />
            <source>numéro de parcelle « {t} » sans section avant lui ; ignoré</source>
            <translation>parcel number « {t} » without a section before it; ignored</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/parcels.py" line="148" />
            <source>référence cadastrale illisible « {t} » ; ignorée</source>
            <translation>unreadable cadastral reference « {t} »; ignored</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/parcels.py" line="160" />
            <source>commune inconnue : impossible de former l'identifiant de la parcelle « {t} » ; ignorée</source>
            <translation>unknown commune: cannot build the identifier of parcel « {t} »; ignored</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/parcels.py" line="171" />
            <source>numéro de parcelle nul dans « {t} » ; ignoré</source>
            <translation>parcel number zero in « {t} »; ignored</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/parcels.py" line="275" />
            <source>couche de parcelles</source>
            <translation>parcel layer</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/parcels.py" line="283" />
            <source>entité {n} : identifiant de parcelle « {v} » invalide (14 caractères attendus) ; ignorée.</source>
            <translation>feature {n}: invalid parcel identifier « {v} » (14 characters expected); ignored.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/parcels.py" line="295" />
            <source>… et {k} autres identifiants invalides.</source>
            <translation>… and {k} other invalid identifiers.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/parcels.py" line="304" />
            <source>géométrie nulle ou vide dans le fichier ; parcelle ignorée</source>
            <translation>null or empty geometry in the file; parcel ignored</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/parcels.py" line="322" />
            <source>{k} géométrie(s) de parcelle invalide(s) réparée(s) (make_valid).</source>
            <translation>{k} invalid parcel geometry(ies) repaired (make_valid).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/parcels.py" line="334" />
            <source>géométrie invalide qui ne forme aucune surface une fois réparée ; parcelle ignorée</source>
            <translation>invalid geometry that forms no surface once repaired; parcel ignored</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/parcels.py" line="365" />
            <source>entité {n} (parcelle {p}) : {t}.</source>
            <translation>feature {n} (parcel {p}): {t}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/parcels.py" line="375" />
            <source>… et {k} autres parcelles.</source>
            <translation>… and {k} other parcels.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/parcels.py" line="413" />
            <source>{src} : colonne d'identifiant de parcelle « {c} » absente. Colonnes présentes : {cols}.</source>
            <translation>{src}: parcel identifier column « {c} » missing. Columns present: {cols}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/parcels.py" line="460" />
            <source>{src} : impossible de trouver l'identifiant des parcelles. Il faut une colonne « id » (format Etalab, 14 caractères) ou des colonnes commune, section et numéro. Colonnes présentes : {cols}.</source>
            <translation>{src}: cannot find the parcel identifier. An « id » column (Etalab format, 14 characters) or commune, section and number columns are needed. Columns present: {cols}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/parcels.py" line="542" />
            <source> (et {k} autres)</source>
            <translation> (and {k} others)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/parcels.py" line="608" />
            <source>aucune couche de parcelles fournie pour localiser les parcelles</source>
            <translation>no parcel layer given to locate the parcels</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/parcels.py" line="618" />
            <source>parcelles absentes de la couche de parcelles : {ids}</source>
            <translation>parcels missing from the parcel layer: {ids}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/parcels.py" line="621" />
            <source>parcelles présentes dans {src} mais sans géométrie utilisable (voir les messages de ce fichier) : {ids}</source>
            <translation>parcels present in {src} but without a usable geometry (see that file's messages): {ids}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/parcels.py" line="652" />
            <source> ; emprise limitée aux parcelles trouvées.</source>
            <translation>; footprint limited to the parcels found.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/parcels.py" line="671" />
            <source>coordonnées inutilisables : {e}</source>
            <translation>unusable coordinates: {e}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/parcels.py" line="673" />
            <source>coordonnées ({x}, {y})</source>
            <translation>coordinates ({x}, {y})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/parcels.py" line="693" />
            <source> ; localisation par les coordonnées.</source>
            <translation>; located by the coordinates.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/parcels.py" line="711" />
            <source>ni parcelle ni coordonnées indiquées</source>
            <translation>neither parcel nor coordinates given</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/parcels.py" line="721" />
            <source>commune {code}{nom} hors de la liste des {n} communes du bassin minier</source>
            <translation>commune {code}{nom} outside the list of the {n} communes of the mining basin</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/parcels.py" line="728" />
            <source>nom de commune « {nom} » ambigu (codes INSEE {codes})</source>
            <translation>ambiguous commune name « {nom} » (INSEE codes {codes})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/parcels.py" line="735" />
            <source>commune « {nom} » absente de la liste des {n} communes du bassin minier (ni nom actuel ni ancien nom)</source>
            <translation>commune « {nom} » missing from the list of the {n} communes of the mining basin (neither current nor former name)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/parcels.py" line="743" />
            <source>aucune commune indiquée</source>
            <translation>no commune given</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/parcels.py" line="747" />
            <source>localisation imprécise : commune entière de {nom} ({code}) ; {why}.</source>
            <translation>imprecise location: whole commune of {nom} ({code}); {why}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/parcels.py" line="757" />
            <source>dossier non localisé : {why}.</source>
            <translation>case not located: {why}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/parcels.py" line="757" />
            <source>aucune information de localisation</source>
            <translation>no location information</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/sitadel.py" line="280" />
            <source>{path} n'est pas un fichier Sitadel : colonnes « COMM » et « NUM_DAU » (ou « NUM_PA », « NUM_PD ») introuvables dans les deux premières lignes. Colonnes trouvées : {cols}.</source>
            <translation>{path} is not a Sitadel file: columns « COMM » and « NUM_DAU » (or « NUM_PA », « NUM_PD ») not found in the first two lines. Columns found: {cols}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/rules_dock.py" line="338" />
            <source>aucune</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/sitadel.py" line="326" />
            <source>type de dossier « {v} » inconnu (PC, PD, PA ou DP attendu) ; type laissé vide.</source>
            <translation>unknown case type « {v} » (PC, PD, PA or DP expected); type left empty.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/sitadel.py" line="339" />
            <source>code commune « {v} » invalide (5 caractères INSEE attendus) ; ignoré.</source>
            <translation>invalid commune code « {v} » (5 INSEE characters expected); ignored.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/sitadel.py" line="359" />
            <source>code commune absent ; déduit du numéro de dossier : {v}.</source>
            <translation>commune code missing; deduced from the case number: {v}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/sitadel.py" line="378" />
            <source>référence cadastrale mal formée (section « {s} », numéro « {n} ») ; parcelle ignorée.</source>
            <translation>malformed cadastral reference (section « {s} », number « {n} »); parcel ignored.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/sitadel.py" line="390" />
            <source>commune inconnue : impossible de former l'identifiant de la parcelle {s} {n} ; parcelle ignorée.</source>
            <translation>unknown commune: cannot build the identifier of parcel {s} {n}; parcel ignored.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/tabular.py" line="769" />
            <source>coordonnées non numériques (« {x} », « {y} ») ; ignorées.</source>
            <translation>non-numeric coordinates (« {x} », « {y} »); ignored.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/tabular.py" line="801" />
            <source>hauteur « {v} » illisible (nombre de mètres attendu) ; ignorée.</source>
            <translation>unreadable height « {v} » (a number of metres expected); ignored.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/tabular.py" line="814" />
            <source>date « {v} » illisible (jj/mm/aaaa ou aaaa-mm-jj attendu) ; date ignorée.</source>
            <translation>unreadable date « {v} » (dd/mm/yyyy or yyyy-mm-dd expected); date ignored.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/sitadel.py" line="493" />
            <source>état « {v} » inconnu (2, 4, 5 ou 6 attendu) ; gardé tel quel.</source>
            <translation>unknown state « {v} » (2, 4, 5 or 6 expected); kept as it is.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/sitadel.py" line="506" />
            <source>date d'autorisation « {v} » illisible (jj/mm/aaaa ou aaaa-mm-jj attendu) ; ignorée.</source>
            <translation>authorisation date “{v}” unreadable (dd/mm/yyyy or yyyy-mm-dd expected); ignored.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/sitadel.py" line="522" />
            <source>fichier Sitadel ({kind}) : {h} ligne(s) d'en-tête, séparateur « {sep} », encodage {enc} ; {n} dossier(s) lu(s).</source>
            <translation>Sitadel file ({kind}): {h} header line(s), separator « {sep} », encoding {enc}; {n} case(s) read.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/tabular.py" line="231" />
            <source>Nom de correspondance invalide « {n} » : utilisez des lettres ou des chiffres.</source>
            <translation>Invalid mapping name « {n} »: use letters or digits.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/tabular.py" line="240" />
            <source>Correspondance de colonnes vide ou invalide : il faut un dictionnaire {colonne standard: colonne du fichier}.</source>
            <translation>Empty or invalid column mapping: a dictionary {colonne standard: colonne du fichier} is needed.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/tabular.py" line="249" />
            <source>Correspondance : colonne standard inconnue « {k} ». Colonnes possibles : {cols} ; options : {opts}.</source>
            <translation>Mapping: unknown standard column « {k} ». Possible columns: {cols}; options: {opts}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/tabular.py" line="262" />
            <source>Correspondance : « _ligne_entete » doit être un numéro de ligne (1, 2, 3…), pas « {v} ».</source>
            <translation>Mapping: “_ligne_entete” must be a line number (1, 2, 3…), not “{v}”.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/tabular.py" line="268" />
            <source>Correspondance : « _ligne_entete » doit être un numéro de ligne à partir de 1.</source>
            <translation>Mapping: “_ligne_entete” must be a line number from 1.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/tabular.py" line="280" />
            <source>Correspondance incomplète : la colonne du numéro de dossier (« numero ») est obligatoire.</source>
            <translation>Incomplete mapping: the case number column (« numero ») is required.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/tabular.py" line="303" />
            <source>Correspondance illisible : {p} ({e}). Supprimez le fichier ou enregistrez-la de nouveau.</source>
            <translation>Unreadable mapping: {p} ({e}). Delete the file or save the mapping again.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/tabular.py" line="309" />
            <source>Correspondance illisible : {p} n'est pas un objet JSON avec « nom » et « correspondance ». Supprimez le fichier ou enregistrez-la de nouveau.</source>
            <translation>Unreadable mapping: {p} is not a JSON object with “nom” and “correspondance”. Delete the file or save the mapping again.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/tabular.py" line="323" />
            <source>Correspondance « {n} » introuvable. Correspondances enregistrées : {known}.</source>
            <translation>Mapping « {n} » not found. Saved mappings: {known}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/tabular.py" line="350" />
            <source>Correspondance « {n} » introuvable.</source>
            <translation>Mapping « {n} » not found.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/tabular.py" line="443" />
            <source>Ligne d'en-tête {n} vide ou absente du fichier.</source>
            <translation>Header line {n} empty or missing from the file.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/tabular.py" line="488" />
            <source>Lecture des fichiers Excel impossible : la bibliothèque « openpyxl » manque. Installez-la (pip install openpyxl) ou enregistrez le fichier en CSV.</source>
            <translation>Cannot read Excel files: the « openpyxl » library is missing. Install it (pip install openpyxl) or save the file as CSV.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/tabular.py" line="504" />
            <source>{p} : feuille « {s} » introuvable ({e}). Feuilles : {all}.</source>
            <translation>{p}: sheet « {s} » not found ({e}). Sheets: {all}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/tabular.py" line="510" />
            <source>{p} : classeur Excel illisible ({e}). Enregistrez-le de nouveau en .xlsx ou en CSV.</source>
            <translation>{p}: unreadable Excel workbook ({e}). Save it again as .xlsx or as CSV.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/tabular.py" line="526" />
            <source>{p} : format Excel 97-2003 (.xls) non pris en charge. Enregistrez le fichier en .xlsx ou en CSV (séparateur « ; »).</source>
            <translation>{p}: Excel 97-2003 format (.xls) not supported. Save the file as .xlsx or as CSV (« ; » separator).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/tabular.py" line="548" />
            <source>{p} : la feuille est vide.</source>
            <translation>{p}: the sheet is empty.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vector_io.py" line="159" />
            <source>{path} est vide : il faut au moins une ligne d'en-tête.</source>
            <translation>{path} is empty: at least one header line is needed.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/tabular.py" line="571" />
            <source>{p} : colonne du numéro de dossier non reconnue. Définissez une correspondance de colonnes (numero, commune, parcelles…) et enregistrez-la pour la réutiliser. Colonnes présentes : {cols}.</source>
            <translation>{p}: case number column not recognised. Define a column mapping (numero, commune, parcelles…) and save it to reuse it. Columns present: {cols}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/tabular.py" line="583" />
            <source>correspondance de colonnes devinée : {m}. Vérifiez-la, puis enregistrez-la pour la réutiliser.</source>
            <translation>column mapping guessed: {m}. Check it, then save it to reuse it.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/tabular.py" line="595" />
            <source>correspondance enregistrée « {n} » utilisée : {m}.</source>
            <translation>saved mapping « {n} » used: {m}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/tabular.py" line="605" />
            <source>tableau {kind}, en-tête ligne {h}{enc} ; {n} dossier(s) lu(s).</source>
            <translation>{kind} table, header on line {h}{enc}; {n} case(s) read.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/tabular.py" line="643" />
            <source> dans la correspondance « {n} »</source>
            <translation> in mapping « {n} »</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/tabular.py" line="644" />
            <source>Colonne « {c} » (prévue pour « {k} »{where}) absente de {f}. Colonnes présentes : {cols}. Corrigez la correspondance ou choisissez-en une autre.</source>
            <translation>Column « {c} » (meant for « {k} »{where}) missing from {f}. Columns present: {cols}. Correct the mapping or choose another one.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/tabular.py" line="690" />
            <source>type de dossier « {v} » non reconnu (PC, PD, PA ou DP attendu) ; type laissé vide.</source>
            <translation>case type « {v} » not recognised (PC, PD, PA or DP expected); type left empty.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/tabular.py" line="706" />
            <source>code INSEE « {v} » invalide (5 caractères attendus) ; ignoré.</source>
            <translation>invalid INSEE code « {v} » (5 characters expected); ignored.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/tabular.py" line="730" />
            <source>code INSEE déduit du nom de commune pour {k} dossier(s).</source>
            <translation>INSEE code deduced from the commune name for {k} case(s).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/tabular.py" line="752" />
            <source>une seule colonne de coordonnées est indiquée dans la correspondance (x et y sont nécessaires) ; coordonnées ignorées.</source>
            <translation>only one coordinate column is given in the mapping (x and y are both needed); coordinates ignored.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/tabular.py" line="828" />
            <source>date de décision « {v} » illisible (jj/mm/aaaa ou aaaa-mm-jj attendu) ; ignorée.</source>
            <translation>decision date “{v}” unreadable (dd/mm/yyyy or yyyy-mm-dd expected); ignored.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/imports/tabular.py" line="848" />
            <source>Écriture Excel impossible : la bibliothèque « openpyxl » manque (pip install openpyxl).</source>
            <translation>Cannot write Excel: the « openpyxl » library is missing (pip install openpyxl).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/internal_errors.py" line="42" />
            <source>Erreur interne inattendue ({kind}) : l'opération s'est arrêtée. Ce qui était déjà enregistré est intact (chaque écriture du registre est une transaction complète ou rien). Le détail technique est dans {log} : transmettez ce fichier à l'équipe du plugin.</source>
            <translation>Unexpected internal error ({kind}): the operation stopped. What was already recorded is intact (each register write is a complete transaction or nothing). The technical detail is in {log}: send this file to the plugin team.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/os_words.py" line="46" />
            <source>erreur système n° {n} ({d})</source>
            <translation>system error no. {n} ({d})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/os_words.py" line="47" />
            <source>erreur système ({d})</source>
            <translation>system error ({d})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/checks.py" line="222" />
            <source>Bien inscrit</source>
            <translation>Inscribed property</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/checks.py" line="238" />
            <source>{what} – {commune}</source>
            <translation>{what} – {commune}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/checks.py" line="267" />
            <source>{zone}, entité {fid}</source>
            <translation>{zone}, feature {fid}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/checks.py" line="311" />
            <source>Préparation du contrôle</source>
            <translation>Preparing the check</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/checks.py" line="333" />
            <source>Construction des cas et des couches du PLU</source>
            <translation>Building the cases and the PLU layers</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/checks.py" line="339" />
            <source>Application des règles R13–R18 et R28</source>
            <translation>Applying rules R13–R18 and R28</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/checks.py" line="352" />
            <source>Contrôle terminé</source>
            <translation>Check finished</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/codes.py" line="211" />
            <source>code inconnu</source>
            <translation>unknown code</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/codes.py" line="210" />
            <source>code du standard CNIG 2014 (supprimé en 2017), famille {f}</source>
            <translation>code of the 2014 CNIG standard (removed in 2017), family {f}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/diff.py" line="135" />
            <source>Comparaison annulée.</source>
            <translation>Comparison cancelled.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/diff.py" line="194" />
            <source>commune {c} absente du jeu de référence et INSEE non renseigné : la table n'est pas filtrée.</source>
            <translation>commune {c} missing from the reference data set and INSEE not given: the table is not filtered.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/diff.py" line="194" />
            <source>Renseignez INSEE ou comparez sans --commune.</source>
            <translation>Fill in INSEE or compare without --commune.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/diff.py" line="538" />
            <source>table {t} absente de la version « {v} » mais présente dans « {o} » ({n} entité(s)) : elle n'est pas comparée.</source>
            <translation>table {t} missing from version « {v} » but present in « {o} » ({n} feature(s)): it is not compared.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/diff.py" line="538" />
            <source>Fournissez la table {t} des deux versions (téléchargement complet du Géoportail de l'Urbanisme) pour comparer ses entités.</source>
            <translation>Supply table {t} of both versions (full download from the Géoportail de l'Urbanisme) to compare its features.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/diff.py" line="583" />
            <source>Préparation des versions</source>
            <translation>Preparing the versions</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/diff.py" line="587" />
            <source>Commune « {c} » refusée : donnez son code INSEE à 5 caractères (ex. 62528, 2A004).</source>
            <translation>Commune « {c} » refused: give its 5-character INSEE code (e.g. 62528, 2A004).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/diff.py" line="596" />
            <source>Commune {c} absente des deux versions : aucune entité du PLU ne la concerne (communes présentes : {p}). Vérifiez le code INSEE ou comparez sans --commune.</source>
            <translation>Commune {c} missing from both versions: no PLU feature concerns it (communes present: {p}). Check the INSEE code or compare without --commune.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/diff.py" line="596" />
            <source>aucune renseignée</source>
            <translation>none given</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/diff.py" line="608" />
            <source>aucune zone à comparer dans la version « {v} »{c}.</source>
            <translation>no zone to compare in version « {v} »{c}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/diff.py" line="608" />
            <source> pour la commune {c}</source>
            <translation> for commune {c}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/diff.py" line="608" />
            <source>Vérifiez la table ZONE_URBA et le code INSEE demandé.</source>
            <translation>Check the ZONE_URBA table and the INSEE code asked for.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/diff.py" line="621" />
            <source>Superposition des zonages</source>
            <translation>Overlaying the zonings</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/diff.py" line="623" />
            <source>Comparaison des prescriptions</source>
            <translation>Comparing the prescriptions</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/diff.py" line="626" />
            <source>Comparaison des informations</source>
            <translation>Comparing the information</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/diff.py" line="644" />
            <source>Mesure dans le Bien, la zone tampon et près des éléments</source>
            <translation>Measuring in the property, the buffer zone and near the elements</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/diff.py" line="654" />
            <source>Comparaison terminée</source>
            <translation>Comparison finished</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/labels.py" line="49" />
            <source>zone {label}</source>
            <translation>{label} zone</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/labels.py" line="92" />
            <source>, article {a}</source>
            <translation>, article {a}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/labels.py" line="122" />
            <source>… et {n} autre(s)</source>
            <translation>… and {n} other(s)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/labels.py" line="169" />
            <source>Plusieurs communes commencent par « {t} » : {l}. Choisissez-en une dans la liste.</source>
            <translation>Several communes start with “{t}”: {l}. Choose one in the list.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/labels.py" line="174" />
            <source>Commune « {t} » inconnue des données de référence : tapez le début de son nom et choisissez-la dans la liste, ou donnez son code INSEE (ex. 62528).</source>
            <translation>Commune “{t}” is unknown to the reference data: type the start of its name and choose it in the list, or give its INSEE code (e.g. 62528).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/labels.py" line="190" />
            <source>{r} {t} – {n} constat(s)</source>
            <translation>{r} {t} – {n} finding(s)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/model.py" line="57" />
            <source>couche {c}</source>
            <translation>layer {c}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/model.py" line="57" />
            <source>entité {e}</source>
            <translation>feature {e}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/model.py" line="57" />
            <source>champ {f}</source>
            <translation>field {f}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/reader.py" line="150" />
            <source>système de coordonnées illisible ; couche ignorée.</source>
            <translation>unreadable coordinate reference system; layer ignored.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/reader.py" line="150" />
            <source>Enregistrez la couche en Lambert-93 (EPSG:2154) ou joignez un fichier .prj valide.</source>
            <translation>Save the layer in Lambert-93 (EPSG:2154) or join a valid .prj file.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/reader.py" line="166" />
            <source>aucun système de coordonnées déclaré ; coordonnées en degrés : WGS84 (EPSG:4326) supposé.</source>
            <translation>no coordinate reference system declared; coordinates in degrees: WGS84 (EPSG:4326) assumed.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/reader.py" line="166" />
            <source>Joignez le fichier .prj ou enregistrez la couche en Lambert-93.</source>
            <translation>Join the .prj file or save the layer in Lambert-93.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/reader.py" line="178" />
            <source>aucun système de coordonnées déclaré ; coordonnées compatibles avec Lambert-93 (EPSG:2154), supposé.</source>
            <translation>no coordinate reference system declared; coordinates compatible with Lambert-93 (EPSG:2154), assumed.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/reader.py" line="178" />
            <source>Joignez le fichier .prj pour lever le doute.</source>
            <translation>Join the .prj file to remove the doubt.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/reader.py" line="192" />
            <source>aucun système de coordonnées déclaré et coordonnées ni en degrés ni en Lambert-93 ; couche ignorée.</source>
            <translation>no coordinate reference system declared and coordinates neither in degrees nor in Lambert-93; layer ignored.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/reader.py" line="192" />
            <source>Indiquez le système de coordonnées (fichier .prj) ou reprojetez la couche en EPSG:2154.</source>
            <translation>Give the coordinate reference system (.prj file) or reproject the layer to EPSG:2154.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/reader.py" line="246" />
            <source>textes non UTF-8 et encodage non déclaré : lus en Windows-1252 (Latin-1).</source>
            <translation>texts not in UTF-8 and encoding not declared: read as Windows-1252 (Latin-1).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/reader.py" line="246" />
            <source>Ajoutez un fichier .cpg (« UTF-8 » ou « 1252 ») à côté du .shp pour lever le doute.</source>
            <translation>Add a .cpg file (« UTF-8 » or « 1252 ») next to the .shp to remove the doubt.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/reader.py" line="315" />
            <source>géométrie absente, vide ou illisible ; entité non analysée.</source>
            <translation>geometry missing, empty or unreadable; feature not analysed.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/reader.py" line="315" />
            <source>Redessinez l'entité ou supprimez-la.</source>
            <translation>Redraw the feature or delete it.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/reader.py" line="332" />
            <source>reprojection en Lambert-93 impossible ({err}) ; couche non analysée.</source>
            <translation>reprojection to Lambert-93 impossible ({err}); layer not analysed.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/reader.py" line="332" />
            <source>Vérifiez le système de coordonnées de la couche.</source>
            <translation>Check the layer's coordinate reference system.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/reader.py" line="347" />
            <source>entité hors de la France métropolitaine après reprojection : système de coordonnées déclaré faux ?</source>
            <translation>feature outside metropolitan France after reprojection: wrong coordinate reference system declared?</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/reader.py" line="347" />
            <source>Vérifiez le .prj ou le SCR de la couche.</source>
            <translation>Check the .prj or the CRS of the layer.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/reader.py" line="374" />
            <source>géométrie invalide ({r}) et irréparable ; entité non analysée.</source>
            <translation>invalid geometry ({r}) that cannot be repaired; feature not analysed.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/reader.py" line="374" />
            <source>Corrigez la géométrie (outil « Réparer les géométries » de QGIS).</source>
            <translation>Correct the geometry (QGIS « Fix geometries » tool).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/reader.py" line="388" />
            <source>géométrie invalide ({r}) réparée automatiquement (make_valid) ; surface à contrôler.</source>
            <translation>invalid geometry ({r}) repaired automatically (make_valid); check the area.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/reader.py" line="388" />
            <source>Corrigez la géométrie à la source (outil « Réparer les géométries » de QGIS).</source>
            <translation>Correct the geometry at the source (QGIS « Fix geometries » tool).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/reader.py" line="414" />
            <source>géométrie de type {t} dans une table {k} (attendu : {e}) ; entité non analysée.</source>
            <translation>geometry of type {t} in a {k} table (expected: {e}); feature not analysed.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/reader.py" line="414" />
            <source>polygone</source>
            <translation>polygon</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/reader.py" line="414" />
            <source>ligne</source>
            <translation>line</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/reader.py" line="414" />
            <source>point</source>
            <translation>point</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/reader.py" line="414" />
            <source>Rangez l'entité dans la table du bon type (SURF, LIN ou PCT).</source>
            <translation>Put the feature in the table of the right type (SURF, LIN or PCT).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/reader.py" line="489" />
            <source>TYPEZONE « {v} » mal écrit (majuscules et minuscules) : lu comme « {c} ».</source>
            <translation>TYPEZONE « {v} » miswritten (upper and lower case): read as « {c} ».</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/reader.py" line="489" />
            <source>Écrivez le code exactement comme le standard CNIG (U, AUc, AUs, A, N).</source>
            <translation>Write the code exactly as the CNIG standard does (U, AUc, AUs, A, N).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/reader.py" line="562" />
            <source>fichier illisible : format non reconnu ou endommagé.</source>
            <translation>unreadable file: unknown format or damaged.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/reader.py" line="562" />
            <source>Vérifiez le fichier (ouvrez-le dans QGIS) ou exportez-le en GeoPackage.</source>
            <translation>Check the file (open it in QGIS) or export it to GeoPackage.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/reader.py" line="574" />
            <source>fichier illisible.</source>
            <translation>unreadable file.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/reader.py" line="574" />
            <source>Vérifiez le fichier.</source>
            <translation>Check the file.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/reader.py" line="591" />
            <source>couche « {l} » absente.</source>
            <translation>layer « {l} » missing.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/reader.py" line="612" />
            <source>couche illisible ({err}) ; ignorée.</source>
            <translation>unreadable layer ({err}); ignored.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/reader.py" line="612" />
            <source>Ouvrez-la dans QGIS pour la vérifier, ou exportez-la à nouveau.</source>
            <translation>Open it in QGIS to check it, or export it again.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/reader.py" line="638" />
            <source>couche non reconnue comme table du standard CNIG (ni par son nom ni par ses champs) ; ignorée.</source>
            <translation>layer not recognised as a table of the CNIG standard (neither by its name nor by its fields); ignored.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/reader.py" line="638" />
            <source>Nommez-la selon le standard (…_ZONE_URBA_…, …_PRESCRIPTION_SURF_…) si elle en fait partie.</source>
            <translation>Name it as the standard does (…_ZONE_URBA_…, …_PRESCRIPTION_SURF_…) if it belongs to it.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/reader.py" line="682" />
            <source>fichier ou dossier introuvable : {p}.</source>
            <translation>file or folder not found: {p}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/reader.py" line="682" />
            <source>Vérifiez le chemin.</source>
            <translation>Check the path.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/reader.py" line="699" />
            <source>Vérifiez l'archive.</source>
            <translation>Check the archive.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/reader.py" line="717" />
            <source>Lecture annulée.</source>
            <translation>Reading cancelled.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/reader.py" line="719" />
            <source>Lecture de {f}</source>
            <translation>Reading {f}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/reader.py" line="738" />
            <source>aucune table du standard CNIG trouvée (ZONE_URBA, PRESCRIPTION_*, INFO_*).</source>
            <translation>no table of the CNIG standard found (ZONE_URBA, PRESCRIPTION_*, INFO_*).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/reader.py" line="738" />
            <source>Indiquez le dossier ou le GeoPackage du PLU au standard CNIG.</source>
            <translation>Give the folder or the GeoPackage of the PLU in the CNIG standard.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/reader.py" line="748" />
            <source>Version « {v} » illisible : {msg}</source>
            <translation>Version « {v} » unreadable: {msg}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/reader.py" line="755" />
            <source>pas de table ZONE_URBA : le zonage ne pourra pas être comparé.</source>
            <translation>no ZONE_URBA table: the zoning cannot be compared.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/reader.py" line="755" />
            <source>Ajoutez la table ZONE_URBA du PLU.</source>
            <translation>Add the ZONE_URBA table of the PLU.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/reader.py" line="766" />
            <source>Lecture terminée</source>
            <translation>Reading finished</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/report.py" line="72" />
            <source>commune non déterminée</source>
            <translation>commune not determined</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/report.py" line="107" />
            <source>Carte cadrée sur les changements de moins de {max} ha : {k} changement(s) plus étendu(s), jusqu'à {ha} ha, dépasse(nt) du cadre (voir le tableau).</source>
            <translation>Map framed on the changes under {max} ha: {k} wider change(s), up to {ha} ha, go(es) beyond the frame (see the table).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/report.py" line="124" />
            <source>Évolution du PLU – {c}</source>
            <translation>PLU change – {c}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/report.py" line="124" />
            <source>toutes communes</source>
            <translation>all communes</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/report.py" line="135" />
            <source>Version de référence (avant) : {a}</source>
            <translation>Reference version (before): {a}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/report.py" line="136" />
            <source>Version comparée (après) : {b}</source>
            <translation>Compared version (after): {b}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/report.py" line="137" />
            <source>Proximité des éléments : {d} m ; données de référence : {v} ; rapport du {date}.</source>
            <translation>Distance to the elements: {d} m; reference data: {v}; report of {date}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="655" />
            <source>Nombre</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/report.py" line="172" />
            <source>Zones agricoles ou naturelles ouvertes à l'urbanisation : {t} ha, dont {b} ha dans le Bien, {z} ha en zone tampon, {n} ha près des éléments.</source>
            <translation>Agricultural or natural zones opened to development: {t} ha, of which {b} ha in the Property, {z} ha in the buffer zone, {n} ha near the elements.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/report.py" line="172" />
            <source>Nouvelles zones à urbaniser (AU) : {h} ha.</source>
            <translation>New future development zones (AU): {h} ha.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/report.py" line="172" />
            <source>Protections patrimoniales (L.151-19) supprimées : {n} ; paysagères ou écologiques (L.151-23) : {m}.</source>
            <translation>Heritage protections (L.151-19) removed: {n}; landscape or ecological (L.151-23): {m}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/report.py" line="172" />
            <source>Périmètre du permis de démolir retiré : {h} ha.</source>
            <translation>Demolition permit perimeter withdrawn: {h} ha.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/plu_diff.py" line="66" />
            <source>Changements du PLU</source>
            <translation>PLU changes</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/report.py" line="200" />
            <source>En magenta : les changements (zonage, prescriptions, informations). Géométries de référence simplifiées (~10 m).</source>
            <translation>In magenta: the changes (zoning, prescriptions, information). Reference geometries simplified (~10 m).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/report.py" line="206" />
            <source>Contrôle du projet (règles R13–R18 et R28 du catalogue {v})</source>
            <translation>Check of the draft (rules R13–R18 and R28 of catalogue {v})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/report.py" line="225" />
            <source>ponctuel</source>
            <translation>point</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/report.py" line="243" />
            <source>Détail</source>
            <translation>Detail</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/report.py" line="243" />
            <source>Bien (ha)</source>
            <translation>Property (ha)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/report.py" line="243" />
            <source>Zone tampon (ha)</source>
            <translation>Buffer zone (ha)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/report.py" line="243" />
            <source>Près des éléments (ha)</source>
            <translation>Near the elements (ha)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/report.py" line="260" />
            <source>… {n} changements en tout : voir changements.csv et la couche GeoPackage.</source>
            <translation>… {n} changes in all: see changements.csv and the GeoPackage layer.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/report.py" line="265" />
            <source>Avant (ha)</source>
            <translation>Before (ha)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/report.py" line="265" />
            <source>Après (ha)</source>
            <translation>After (ha)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/report.py" line="265" />
            <source>Gagnée (ha)</source>
            <translation>Gained (ha)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/report.py" line="265" />
            <source>Perdue (ha)</source>
            <translation>Lost (ha)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="1117" />
            <source>Règle</source>
            <translation>Rule</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="1117" />
            <source>Verdict</source>
            <translation>Verdict</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/report.py" line="324" />
            <source>Objet</source>
            <translation>Object</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="1117" />
            <source>Motif</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/report.py" line="324" />
            <source>Recommandation</source>
            <translation>Recommendation</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/report.py" line="330" />
            <source>Contrôle du PLU – {c}</source>
            <translation>PLU check – {c}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/report.py" line="343" />
            <source>Version contrôlée : {v} ; catalogue « {c} » version {n} ; rapport du {d}.</source>
            <translation>Version checked: {v}; catalogue « {c} » version {n}; report of {d}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/report.py" line="350" />
            <source>Objets des constats</source>
            <translation>Objects of the findings</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/report.py" line="381" />
            <source>Niveau</source>
            <translation>Level</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/alerts_export.py" line="66" />
            <source>Fichier</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/report.py" line="381" />
            <source>Couche</source>
            <translation>Layer</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/report.py" line="381" />
            <source>Entité</source>
            <translation>Feature</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/report.py" line="381" />
            <source>Valeur</source>
            <translation>Value</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/report.py" line="381" />
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/report.py" line="381" />
            <source>À faire</source>
            <translation>To do</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/report.py" line="457" />
            <source>Changements entre deux versions du PLU (EPSG:2154)</source>
            <translation>Changes between two versions of the PLU (EPSG:2154)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/report.py" line="483" />
            <source>Rapport {c}</source>
            <translation>Report {c}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/validate.py" line="56" />
            <source>… et {n} autres entités dans le même cas.</source>
            <translation>… and {n} other features in the same case.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/validate.py" line="103" />
            <source>TYPEZONE vide : type de zone inconnu.</source>
            <translation>TYPEZONE empty: unknown zone type.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/validate.py" line="103" />
            <source>Renseignez U, AUc, AUs, A ou N (standard CNIG).</source>
            <translation>Fill in U, AUc, AUs, A or N (CNIG standard).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/validate.py" line="115" />
            <source>TYPEZONE « {v} » absent de la liste officielle (U, AUc, AUs, A, N).</source>
            <translation>TYPEZONE « {v} » missing from the official list (U, AUc, AUs, A, N).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/validate.py" line="115" />
            <source>Corrigez le code : la zone est exclue des comparaisons par type.</source>
            <translation>Correct the code: the zone is left out of the comparisons by type.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/validate.py" line="125" />
            <source>TYPEZONE « {v} » du standard 2014, supprimé en 2017.</source>
            <translation>TYPEZONE « {v} » of the 2014 standard, removed in 2017.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/validate.py" line="125" />
            <source>Recodez en A ou N avec un secteur (STECAL : prescription 16-03) au standard en vigueur.</source>
            <translation>Recode as A or N with a sector (STECAL: prescription 16-03) in the standard in force.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/validate.py" line="137" />
            <source>LIBELLE vide : la zone n'a pas de nom.</source>
            <translation>LIBELLE empty: the zone has no name.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/validate.py" line="137" />
            <source>Renseignez le libellé de la zone (ex. UA, 1AUh).</source>
            <translation>Fill in the label of the zone (e.g. UA, 1AUh).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/validate.py" line="148" />
            <source>LIBELLE « {v} » de plus de 12 caractères (standard : C12).</source>
            <translation>LIBELLE « {v} » longer than 12 characters (standard: C12).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/validate.py" line="148" />
            <source>Raccourcissez le libellé ; le texte long va dans LIBELONG.</source>
            <translation>Shorten the label; the long text goes in LIBELONG.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/validate.py" line="159" />
            <source>champ LIBELLE absent de la table ZONE_URBA.</source>
            <translation>LIBELLE field missing from the ZONE_URBA table.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/validate.py" line="159" />
            <source>Ajoutez le champ LIBELLE (standard CNIG).</source>
            <translation>Add the LIBELLE field (CNIG standard).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/validate.py" line="174" />
            <source>DESTDOMI « {v} » absent de la liste du standard 2014.</source>
            <translation>DESTDOMI « {v} » missing from the list of the 2014 standard.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/validate.py" line="174" />
            <source>Corrigez la vocation dominante (00 à 10, 99).</source>
            <translation>Correct the dominant purpose (00 to 10, 99).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/validate.py" line="186" />
            <source>FORMDOMI « {v} » absent de la liste officielle (FormdomiType).</source>
            <translation>FORMDOMI « {v} » missing from the official list (FormdomiType).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/validate.py" line="186" />
            <source>Corrigez la forme urbaine dominante (ex. 0100).</source>
            <translation>Correct the dominant urban form (e.g. 0100).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/validate.py" line="199" />
            <source>TYPEPSC vide : type de prescription inconnu.</source>
            <translation>TYPEPSC empty: unknown prescription type.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/validate.py" line="199" />
            <source>Renseignez le code de la liste PrescriptionUrbaType.</source>
            <translation>Fill in the code from the PrescriptionUrbaType list.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/validate.py" line="212" />
            <source>TYPEPSC « {v} » absent de la liste officielle.</source>
            <translation>TYPEPSC « {v} » missing from the official list.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/validate.py" line="212" />
            <source>Corrigez le code (liste PrescriptionUrbaType du CNIG).</source>
            <translation>Correct the code (CNIG PrescriptionUrbaType list).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/validate.py" line="222" />
            <source>TYPEPSC « {v} » d'un ancien standard (transféré ou abrogé).</source>
            <translation>TYPEPSC « {v} » from an older standard (moved or repealed).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/validate.py" line="222" />
            <source>Recodez selon la liste en vigueur.</source>
            <translation>Recode from the list in force.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/validate.py" line="235" />
            <source>STYPEPSC « {v} » inconnu pour ce TYPEPSC.</source>
            <translation>STYPEPSC « {v} » unknown for this TYPEPSC.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/validate.py" line="235" />
            <source>Corrigez le sous-code (liste PrescriptionUrbaType).</source>
            <translation>Correct the sub-code (PrescriptionUrbaType list).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/validate.py" line="248" />
            <source>TYPEINF vide : type d'information inconnu.</source>
            <translation>TYPEINF empty: unknown information type.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/validate.py" line="248" />
            <source>Renseignez le code de la liste InformationUrbaType.</source>
            <translation>Fill in the code from the InformationUrbaType list.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/validate.py" line="261" />
            <source>TYPEINF « {v} » absent de la liste officielle.</source>
            <translation>TYPEINF « {v} » missing from the official list.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/validate.py" line="261" />
            <source>Corrigez le code (liste InformationUrbaType du CNIG).</source>
            <translation>Correct the code (CNIG InformationUrbaType list).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/validate.py" line="271" />
            <source>TYPEINF « {v} » d'un ancien standard (transféré ou abrogé).</source>
            <translation>TYPEINF « {v} » from an older standard (moved or repealed).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/validate.py" line="271" />
            <source>Recodez selon la liste en vigueur (permis de démolir : 42-01).</source>
            <translation>Recode from the list in force (demolition permit: 42-01).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/validate.py" line="284" />
            <source>STYPEINF « {v} » inconnu pour ce TYPEINF.</source>
            <translation>STYPEINF « {v} » unknown for this TYPEINF.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/validate.py" line="284" />
            <source>Corrigez le sous-code (liste InformationUrbaType).</source>
            <translation>Correct the sub-code (InformationUrbaType list).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/validate.py" line="297" />
            <source>TYPEDOC « {v} » absent de la liste officielle (PLU, PLUI, POS, PSMV…).</source>
            <translation>TYPEDOC « {v} » missing from the official list (PLU, PLUI, POS, PSMV…).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/validate.py" line="297" />
            <source>Corrigez le type de document.</source>
            <translation>Correct the document type.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/validate.py" line="312" />
            <source>ETAT « {v} » absent de la liste officielle (01 à 09).</source>
            <translation>ETAT « {v} » missing from the official list (01 to 09).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/validate.py" line="312" />
            <source>Corrigez l'état du document.</source>
            <translation>Correct the state of the document.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/validate.py" line="326" />
            <source>DATVALID « {v} » n'est pas une date AAAAMMJJ valide.</source>
            <translation>DATVALID « {v} » is not a valid YYYYMMDD date.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/validate.py" line="326" />
            <source>Écrivez la date de validité sous la forme AAAAMMJJ (ex. 20240219).</source>
            <translation>Write the validity date as YYYYMMDD (e.g. 20240219).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/validate.py" line="339" />
            <source>DATAPPRO « {v} » n'est pas une date AAAAMMJJ valide.</source>
            <translation>DATAPPRO « {v} » is not a valid YYYYMMDD date.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/validate.py" line="339" />
            <source>Écrivez la date d'approbation sous la forme AAAAMMJJ.</source>
            <translation>Write the approval date as YYYYMMDD.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/validate.py" line="353" />
            <source>IDURBA « {v} » ne suit pas la forme &lt;INSEE&gt;_PLU_&lt;AAAAMMJJ&gt; ou &lt;SIREN&gt;_PLUi_&lt;AAAAMMJJ&gt;.</source>
            <translation>IDURBA « {v} » does not follow the form &lt;INSEE&gt;_PLU_&lt;YYYYMMDD&gt; or &lt;SIREN&gt;_PLUi_&lt;YYYYMMDD&gt;.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/validate.py" line="353" />
            <source>Corrigez l'identifiant du document (standard CNIG).</source>
            <translation>Correct the document identifier (CNIG standard).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/validate.py" line="364" />
            <source>IDURBA vide.</source>
            <translation>IDURBA empty.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/validate.py" line="364" />
            <source>Renseignez l'identifiant du document d'urbanisme.</source>
            <translation>Fill in the identifier of the planning document.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/validate.py" line="376" />
            <source>champ IDURBA absent : le document n'est pas identifié.</source>
            <translation>IDURBA field missing: the document is not identified.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/validate.py" line="376" />
            <source>Ajoutez IDURBA (standard 2017 et suivants).</source>
            <translation>Add IDURBA (2017 standard and later).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/watch.py" line="151" />
            <source>générateurs {g}</source>
            <translation>générateurs {g}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/watch.py" line="152" />
            <source>Servitudes AC1, AC2, AC4 : nouvelle version gardée ({c}).</source>
            <translation>Servitudes AC1, AC2, AC4: new version kept ({c}).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/watch.py" line="152" />
            <source>Servitudes AC1, AC2, AC4 : inchangées ({c}).</source>
            <translation>Servitudes AC1, AC2, AC4: unchanged ({c}).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/watch.py" line="171" />
            <source>Commune « {c} » refusée : donnez son code INSEE à 5 caractères (ex. 62528).</source>
            <translation>Commune “{c}” refused: give its 5-character INSEE code (e.g. 62528).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/watch.py" line="181" />
            <source>instantané n° {id} du {d}</source>
            <translation>snapshot no. {id} of {d}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/watch.py" line="216" />
            <source>Aucun instantané n'est encore gardé pour cette commune.</source>
            <translation>No snapshot is kept yet for this commune.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/watch.py" line="218" />
            <source>Le dernier instantané gardé, n° {id} du {d} ({u}), reste la référence.</source>
            <translation>The last snapshot kept, no. {id} of {d} ({u}), remains the reference.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/watch.py" line="270" />
            <source>le document ne contient aucune zone (réponse vide)</source>
            <translation>the document contains no zone (empty answer)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/watch.py" line="290" />
            <source>{o} zone(s) sur {n} hors du territoire de la commune{h}</source>
            <translation>{o} zone(s) out of {n} outside the commune{h}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/watch.py" line="295" />
            <source>{n} zone(s) au lieu de {p} dans l'instantané précédent</source>
            <translation>{n} zone(s) instead of {p} in the previous snapshot</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/watch.py" line="365" />
            <source>délai maximal de la veille dépassé ({s} s) : commune non traitée jusqu'au bout ; relancez la veille</source>
            <translation>longest duration of the watch exceeded ({s} s): commune not handled to the end; run the watch again</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/watch.py" line="401" />
            <source>Documents d'urbanisme de la commune {c}</source>
            <translation>Planning documents of commune {c}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/watch.py" line="406" />
            <source>Commune {c} inconnue du Géoportail de l'Urbanisme.</source>
            <translation>Commune {c} unknown to the Géoportail de l'Urbanisme.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/watch.py" line="418" />
            <source>{u} ne répond pas ({e}) : êtes-vous hors ligne ?</source>
            <translation>{u} does not answer ({e}): are you offline?</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/watch.py" line="424" />
            <source>Commune {c} : aucun PLU, PLUi ni carte communale publié (règlement national d'urbanisme).</source>
            <translation>Commune {c}: no PLU, PLUi or carte communale published (national planning regulation, RNU).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/watch.py" line="442" />
            <source>Lecture du document {p}</source>
            <translation>Reading document {p}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/watch.py" line="456" />
            <source>{p} : {e}</source>
            <translation>{p}: {e}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/watch.py" line="452" />
            <source>{p} : {u} ne répond pas ({e})</source>
            <translation>{p}: {u} does not answer ({e})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/watch.py" line="468" />
            <source>Réponse suspecte du Géoportail de l'Urbanisme pour {c}, document {p} : {r}. Rien n'est gardé.</source>
            <translation>Suspect answer from the Géoportail de l'Urbanisme for {c}, document {p}: {r}. Nothing is kept.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/watch.py" line="500" />
            <source>Comparaison pour la commune {c}</source>
            <translation>Comparison for commune {c}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/watch.py" line="513" />
            <source>Servitudes AC1, AC2, AC4</source>
            <translation>Servitudes AC1, AC2, AC4</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/watch.py" line="521" />
            <source>Veille des PLU terminée</source>
            <translation>PLU watch finished</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/watch.py" line="542" />
            <source>Document(s) {p} non lu(s).</source>
            <translation>Document(s) {p} not read.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/watch.py" line="557" />
            <source>Commune {c} : premier instantané de {d} (n° {id}, {n} entités) ; les prochaines vérifications diront ce qui change.</source>
            <translation>Commune {c}: first snapshot of {d} (no. {id}, {n} features); the next checks will tell what changes.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/watch.py" line="562" />
            <source>Commune {c} : {d} inchangé depuis l'instantané n° {id} ; rien de nouveau gardé.</source>
            <translation>Commune {c}: {d} unchanged since snapshot no. {id}; nothing new kept.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/watch.py" line="573" />
            <source>Commune {c} : nouvelle version de {d} (instantané n° {id}) ; {n} changement(s) depuis l'instantané n° {p}.</source>
            <translation>Commune {c}: new version of {d} (snapshot no. {id}); {n} change(s) since snapshot no. {p}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/build.py" line="87" />
            <source>Champ « {field} » absent de la couche {source}. Champs présents : {cols}. Vérifiez qu'il s'agit bien d'une publication officielle du Bien.</source>
            <translation>Field « {field} » missing from layer {source}. Fields present: {cols}. Check that this is an official publication of the property.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/build.py" line="208" />
            <source>Dossier de données introuvable : {path}.</source>
            <translation>Data folder not found: {path}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/build.py" line="212" />
            <source>Couches obligatoires absentes de {path} : {missing}. Attendu : les GeoJSON de la publication (bien-inscrit, zone-tampon, batis, cites-minieres, cavaliers, espace-neonaturel, terrils) ou les shapefiles Lambert-93 d'origine.</source>
            <translation>Required layers missing from {path}: {missing}. Expected: the GeoJSON files of the publication (bien-inscrit, zone-tampon, batis, cites-minieres, cavaliers, espace-neonaturel, terrils) or the original Lambert-93 shapefiles.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/build.py" line="231" />
            <source>Couche des communes absente : fournissez communes-mbm ou un jeu de référence existant.</source>
            <translation>Communes layer missing: supply communes-mbm or an existing reference data set.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/build.py" line="265" />
            <source>Composantes du Bien…</source>
            <translation>Components of the property…</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/build.py" line="305" />
            <source>Éléments du Bien…</source>
            <translation>Elements of the property…</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/build.py" line="412" />
            <source>Identifiants d'éléments en double : {ids}.</source>
            <translation>Duplicate element identifiers: {ids}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/build.py" line="435" />
            <source>Abords des monuments historiques (500 m)…</source>
            <translation>Surroundings of historic monuments (500 m)…</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/build.py" line="441" />
            <source>Écriture du GeoPackage…</source>
            <translation>Writing the GeoPackage…</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/communes.py" line="56" />
            <source>COG 2026 (INSEE), {kind}</source>
            <translation>COG 2026 (INSEE), {kind}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/communes.py" line="61" />
            <source>liste éditable commune_aliases.json</source>
            <translation>editable list commune_aliases.json</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/communes.py" line="63" />
            <source>couche officielle des puits de mines (Mission Bassin Minier), champ « commune »</source>
            <translation>official mine shafts layer (Mission Bassin Minier), field “commune”</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/communes.py" line="129" />
            <source>Commune : {c}</source>
            <translation>Commune: {c}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/communes.py" line="131" />
            <source>Commune comprise : {c}, {how} « {w} »{d}</source>
            <translation>Commune understood: {c}, {how} “{w}”{d}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/communes.py" line="171" />
            <source>ancien nom</source>
            <translation>old name</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/communes.py" line="185" />
            <source>nom approché</source>
            <translation>close name</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/communes.py" line="188" />
            <source>début du nom</source>
            <translation>beginning of the name</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/communes.py" line="214" />
            <source>EPCI « {w} » inconnu dans le bassin minier. Vouliez-vous dire : {h} ?</source>
            <translation>EPCI “{w}” unknown in the mining basin. Did you mean: {h}?</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/data.py" line="41" />
            <source>Jeu de référence introuvable : {path} (indiqué par {origin}). Corrigez le chemin ou revenez aux données embarquées avec « reference reset ».</source>
            <translation>Reference data set not found: {path} (given by {origin}). Correct the path or return to the embedded data with « reference reset ».</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/data.py" line="73" />
            <source>Jeu de référence introuvable : {path}. Lancez « make data » ou réinstallez le plugin.</source>
            <translation>Reference data set not found: {path}. Run « make data » or reinstall the plugin.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/data.py" line="81" />
            <source>{path} n'est pas un jeu de référence valide (table « metadonnees » illisible : {err}).</source>
            <translation>{path} is not a valid reference data set (« metadonnees » table unreadable: {err}).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/data.py" line="94" />
            <source>Couche « {name} » illisible dans {path} : {err}</source>
            <translation>Layer « {name} » unreadable in {path}: {err}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/data.py" line="113" />
            <source>version inconnue</source>
            <translation>unknown version</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/data.py" line="162" />
            <source>Aucun identifiant d'élément donné (ex. 63V).</source>
            <translation>No element identifier given (e.g. 63V).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/data.py" line="165" />
            <source>Élément(s) inconnu(s) : {e} (identifiants du Bien, ex. 63V).</source>
            <translation>Unknown element(s): {e} (identifiers of the property, e.g. 63V).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/data.py" line="222" />
            <source>Couche obligatoire absente : {name}.</source>
            <translation>Required layer missing: {name}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/gazetteer.py" line="113" />
            <source>sûr</source>
            <translation>sure</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/gazetteer.py" line="115" />
            <source>probable</source>
            <translation>likely</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/gazetteer.py" line="116" />
            <source>incertain</source>
            <translation>uncertain</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/gazetteer.py" line="338" />
            <source>à {w}, et non dans la commune indiquée ({c})</source>
            <translation>in {w}, not in the commune given ({c})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/gazetteer.py" line="359" />
            <source>partie « {p} » de la requête</source>
            <translation>part “{p}” of the query</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/gazetteer.py" line="638" />
            <source>dans la commune voisine {n}, et non à {w} comme écrit</source>
            <translation>in the neighbouring commune {n}, not in {w} as written</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/gazetteer.py" line="485" />
            <source>identifiant officiel</source>
            <translation>official identifier</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/gazetteer.py" line="504" />
            <source>hors de la commune nommée</source>
            <translation>outside the commune named</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/gazetteer.py" line="653" />
            <source>type : {k}</source>
            <translation>kind: {k}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/gazetteer.py" line="519" />
            <source>autre type que celui demandé ({k})</source>
            <translation>another kind than the one requested ({k})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/gazetteer.py" line="524" />
            <source>qualificatif « {q} »</source>
            <translation>qualifier “{q}”</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/gazetteer.py" line="527" />
            <source>qualificatif contraire (« {q} » demandé)</source>
            <translation>opposite qualifier (“{q}” requested)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/gazetteer.py" line="530" />
            <source>sans le qualificatif « {q} »</source>
            <translation>without the qualifier “{q}”</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/gazetteer.py" line="534" />
            <source>« bis » non demandé</source>
            <translation>“bis” not asked for</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/gazetteer.py" line="540" />
            <source>numéro absent : {n}</source>
            <translation>number missing: {n}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/gazetteer.py" line="558" />
            <source>autre nom « {a} » ({s})</source>
            <translation>other name “{a}” ({s})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/gazetteer.py" line="561" />
            <source>nom de la fiche réunie « {a} » ({k})</source>
            <translation>name of the merged record “{a}” ({k})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/gazetteer.py" line="604" />
            <source>dans la commune</source>
            <translation>in the commune</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/gazetteer.py" line="614" />
            <source>porte un autre nom que celui demandé</source>
            <translation>bears another name than the one asked for</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/gazetteer.py" line="654" />
            <source>aucun lieu de ce type dans la commune ; le plus proche, à {d} km</source>
            <translation>no place of this kind in the commune; the nearest, {d} km away</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/gazetteer.py" line="685" />
            <source>choisi par son identifiant</source>
            <translation>chosen by its identifier</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/gazetteer.py" line="728" />
            <source>couche officielle : {k}</source>
            <translation>official layer: {k}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/gazetteer.py" line="759" />
            <source>plusieurs lieux répondent aussi bien : précisez la commune</source>
            <translation>several places answer equally well: give the commune</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/gazetteer.py" line="774" />
            <source>à confirmer</source>
            <translation>to be confirmed</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/monuments.py" line="122" />
            <source>{s} : {c} classés, {i} inscrits</source>
            <translation>{s}: {c} classé, {i} inscrit</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/monuments.py" line="125" />
            <source>{n} éléments protégés au titre des monuments historiques ({c} classés, {i} inscrits)</source>
            <translation>{n} elements protected as monuments historiques ({c} classé, {i} inscrit)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/monuments.py" line="130" />
            <source>Générateurs AC1 rattachés à un élément sans dire classé ou inscrit : {n}.</source>
            <translation>AC1 générateurs matched to an element without saying classé or inscrit: {n}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/monuments.py" line="134" />
            <source>Générateurs AC1 hors des éléments du Bien : {n}.</source>
            <translation>AC1 générateurs outside the elements of the property: {n}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/monuments.py" line="140" />
            <source>données du Bien</source>
            <translation>property data</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/monuments.py" line="158" />
            <source>servitude AC1 (GPU), version du {d}</source>
            <translation>AC1 servitude (GPU), version of {d}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/place_aliases.py" line="61" />
            <source>couche officielle des puits de mines (Mission Bassin Minier), champ « {c} » du puits {p}</source>
            <translation>official mine shafts layer (Mission Bassin Minier), field “{c}” of shaft {p}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/places.py" line="123" />
            <source>en partie dans le Bien inscrit ({p} %) — touche l'élément {ids} du Bien</source>
            <translation>partly in the inscribed property ({p} %) — touches element {ids} of the property</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/places.py" line="127" />
            <source>en partie dans le Bien inscrit ({p} %)</source>
            <translation>partly in the inscribed property ({p} %)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/places.py" line="129" />
            <source>zone tampon — touche l'élément {ids} du Bien</source>
            <translation>buffer zone — touches element {ids} of the property</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/places.py" line="173" />
            <source>couche officielle des éléments du Bien</source>
            <translation>official layer of the property's elements</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="616" />
            <source>monument historique {p}</source>
            <translation>historic monument {p}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/places.py" line="457" />
            <source>même cité que l'élément {e} (nom et emprise communs)</source>
            <translation>same cité as element {e} (shared name and footprint)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/places.py" line="467" />
            <source>même terril que l'élément {e}</source>
            <translation>same spoil heap as element {e}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/places.py" line="476" />
            <source>puits de la fosse à moins de {d} m de l'élément {e}</source>
            <translation>the pit's shafts lie within {d} m of element {e}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reference/places.py" line="499" />
            <source>même cité que la cité ERBM {e}</source>
            <translation>same cité as ERBM cité {e}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/__init__.py" line="71" />
            <source>Registre de veille introuvable : {p}. Un registre est créé par un balayage (« sweep ») ; vérifiez le chemin donné par --register.</source>
            <translation>Watch register not found: {p}. A register is created by a sweep (“sweep”); check the path given by --register.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/__init__.py" line="104" />
            <source>Registre de veille « {t} » non reconnu : donnez un fichier .gpkg (GeoPackage) ou une connexion PostgreSQL (« postgresql://utilisateur@serveur/base », « service=nom » ou « host=serveur dbname=base »).</source>
            <translation>Monitoring register « {t} » not recognised: give a .gpkg file (GeoPackage) or a PostgreSQL connection (« postgresql://user@server/database », « service=name » or « host=server dbname=database »).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/alerts.py" line="471" />
            <source>Alerte n° {id} inconnue dans le registre {t}.</source>
            <translation>Alert no. {id} unknown in register {t}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/alerts.py" line="209" />
            <source>Pièce jointe n° {id} inconnue dans le registre {t}.</source>
            <translation>Attachment no. {id} unknown in register {t}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/alerts.py" line="214" />
            <source>La pièce jointe « {f} » (n° {id}) est altérée : son empreinte SHA-256 ne correspond plus.</source>
            <translation>Attachment « {f} » (no. {id}) has been altered: its SHA-256 fingerprint no longer matches.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/alerts.py" line="252" />
            <source>Alerte refusée : une nouvelle alerte ne peut pas être créée close (statut « {s} »).</source>
            <translation>Alert refused: a new alert cannot be created closed (status « {s} »).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/alerts.py" line="258" />
            <source>Alerte refusée : indiquez au moins un élément ou un emplacement sur la carte.</source>
            <translation>Alert refused: give at least one element or a place on the map.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/alerts.py" line="319" />
            <source>Alerte n° {id} déjà close (statut « {s} » le {d}, par {who}) ; rien n'a été enregistré.</source>
            <translation>Alert no. {id} already closed (status « {s} » on {d}, by {who}); nothing was saved.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/alerts.py" line="337" />
            <source>Alerte n° {id} : {fields} modifié(s) entre-temps par {who} ({when}). Rechargez l'alerte et reportez vos modifications ; rien n'a été enregistré.</source>
            <translation>Alert no. {id}: {fields} changed meanwhile by {who} ({when}). Reload the alert and make your changes again; nothing was saved.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/alerts.py" line="359" />
            <source>Alerte n° {id} : indiquez le motif de clôture (champ « {l} ») pour passer au statut « {s} ».</source>
            <translation>Alert no. {id}: give the reason for closing (field « {l} ») to move to status « {s} ».</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/alerts.py" line="397" />
            <source>Clôture refusée : statut « {s} » ; choisissez parmi {a}.</source>
            <translation>Closing refused: status « {s} »; choose among {a}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/alerts.py" line="403" />
            <source>Clôture refusée : le motif de clôture est obligatoire.</source>
            <translation>Closing refused: the reason for closing is required.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/alerts.py" line="406" />
            <source>Alerte n° {id} déjà close (statut « {s} » le {d}).</source>
            <translation>Alert no. {id} already closed (status « {s} » on {d}).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/alerts.py" line="427" />
            <source>Pièce jointe : indiquez le nom du fichier.</source>
            <translation>Attachment: give the file name.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/alerts.py" line="431" />
            <source>Pièce jointe {p} : c'est un dossier. Joignez les fichiers un par un (ou une archive ZIP).</source>
            <translation>Attachment {p}: this is a folder. Attach the files one by one (or a ZIP archive).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/alerts.py" line="437" />
            <source>Pièce jointe {p} : ce n'est pas un fichier ordinaire (tube, périphérique…).</source>
            <translation>Attachment {p}: this is not a regular file (pipe, device…).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/alerts.py" line="441" />
            <source>Pièce jointe introuvable : {p}. Vérifiez le chemin.</source>
            <translation>Attachment not found: {p}. Check the path.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/alerts.py" line="444" />
            <source>Pièce jointe {p} refusée : {mo:.1f} Mo, {max} Mo au plus. Réduisez-la ou déposez-la sur un partage et citez son chemin dans la description.</source>
            <translation>Attachment {p} refused: {mo:.1f} MB, {max} MB at most. Reduce it or put it on a share and cite its path in the description.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/alerts.py" line="453" />
            <source>Pièce jointe {p} illisible ({e}).</source>
            <translation>Attachment {p} unreadable ({e}).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/alerts.py" line="458" />
            <source>Pièce jointe « {f} » refusée : {max} Mo au plus.</source>
            <translation>Attachment « {f} » refused: {max} MB at most.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/base.py" line="116" />
            <source>Champ « statut_veille » : valeur « {v} » refusée. Valeurs permises : {allowed}.</source>
            <translation>Field « statut_veille »: value « {v} » refused. Allowed values: {allowed}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/base.py" line="199" />
            <source>Les dossiers à enregistrer doivent être donnés sous forme de table (pandas.DataFrame).</source>
            <translation>The cases to save must be given as a table (pandas.DataFrame).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/base.py" line="205" />
            <source>Colonne « numero » absente : chaque dossier doit avoir son numéro.</source>
            <translation>Column « numero » missing: every case must have its number.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/base.py" line="219" />
            <source>Colonne « numero » : {k} dossier(s) sans numéro exploitable (lignes {rows}).</source>
            <translation>Column « numero »: {k} case(s) without a usable number (rows {rows}).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/base.py" line="227" />
            <source>Colonne « numero » : numéros en double dans le lot ({dups}). Un dossier ne peut figurer qu'une fois par enregistrement.</source>
            <translation>Column « numero »: duplicate numbers in the batch ({dups}). A case may appear only once per save.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/base.py" line="242" />
            <source>Champ « {f} » du dossier {num} : valeur « {v} » illisible (nombre attendu).</source>
            <translation>Field « {f} » of case {num}: unreadable value « {v} » (number expected).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/base.py" line="298" />
            <source>Colonne « {c} » : géométrie de type {t} non reconnue (WKB attendu).</source>
            <translation>Column « {c} »: geometry of type {t} not recognised (WKB expected).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/base.py" line="311" />
            <source>Géométrie du dossier {num} illisible ({err}).</source>
            <translation>Geometry of case {num} unreadable ({err}).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="305" />
            <source>Le registre de veille {t} est fermé.</source>
            <translation>The monitoring register {t} is closed.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/base.py" line="475" />
            <source>Balayage n° {id} inconnu dans le registre de veille {t} : démarrez-le avec start_sweep().</source>
            <translation>Sweep no. {id} unknown in the monitoring register {t}: start it with start_sweep().</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/base.py" line="507" />
            <source>Champ « status » : valeur « {v} » refusée. Valeurs permises : {allowed}.</source>
            <translation>Field « status »: value « {v} » refused. Allowed values: {allowed}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/base.py" line="544" />
            <source>Colonne(s) inconnue(s) du registre : {c}.</source>
            <translation>Unknown register column(s): {c}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/follow_up.py" line="122" />
            <source>Dossier « {num} » inconnu dans le registre de veille {t}.</source>
            <translation>Case « {num} » unknown in the monitoring register {t}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="554" />
            <source>le {d}</source>
            <translation>on {d}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/case_view.py" line="73" />
            <source>par {a}</source>
            <translation>by {a}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/case_view.py" line="89" />
            <source>non renseigné</source>
            <translation>not given</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/case_view.py" line="96" />
            <source>effet grand ou très grand sur un attribut du Bien : à signaler au Centre du patrimoine mondial avant décision ; étude d'impact patrimonial recommandée</source>
            <translation>large or very large effect on an attribute of the property: to be reported to the World Heritage Centre before any decision; heritage impact assessment recommended</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/case_view.py" line="113" />
            <source>{h} m</source>
            <translation>{h} m</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/conditions.py" line="23" />
            <source>État « {e} » : valeurs admises {ok}.</source>
            <translation>State “{e}”: accepted values {ok}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/conditions.py" line="26" />
            <source>Date du constat manquante (jj/mm/aaaa).</source>
            <translation>Date of the observation missing (dd/mm/yyyy).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/conditions.py" line="28" />
            <source>Source « {s} » : valeurs admises {ok}.</source>
            <translation>Source “{s}”: accepted values {ok}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/follow_up.py" line="44" />
            <source>Statut « avis émis » sans avis enregistré (registre antérieur) : indiquez l'avis dans « Suites du dossier › Avis ».</source>
            <translation>Status “opinion given” with no opinion recorded (older register): enter the opinion in “Case follow-up › Opinion”.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/follow_up.py" line="60" />
            <source>{f} : « {v} » n'est pas une valeur admise ({ok}).</source>
            <translation>{f}: “{v}” is not an accepted value ({ok}).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/follow_up.py" line="74" />
            <source>{f} : date « {v} » illisible ; écrivez jj/mm/aaaa ou aaaa-mm-jj.</source>
            <translation>{f}: date “{v}” unreadable; write dd/mm/yyyy or yyyy-mm-dd.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/follow_up.py" line="85" />
            <source>Champ de suivi inconnu « {f} » ; champs admis : {ok}.</source>
            <translation>Unknown follow-up field “{f}”; accepted fields: {ok}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/gpkg.py" line="62" />
            <source>GDAL/OGR est introuvable : impossible de créer le registre de veille {p}.</source>
            <translation>GDAL/OGR not found: cannot create the monitoring register {p}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/gpkg.py" line="85" />
            <source>Impossible de créer le registre de veille {p} ({err}). Vérifiez que le dossier existe, qu'il n'est pas plein et que ce compte peut y écrire.</source>
            <translation>Cannot create the watch register {p} ({err}). Check that the folder exists, is not full and that this account can write to it.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/gpkg.py" line="98" />
            <source>dossier introuvable</source>
            <translation>folder not found</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/gpkg.py" line="100" />
            <source>dossier sans droit d'écriture pour ce compte</source>
            <translation>folder without write access for this account</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/gpkg.py" line="104" />
            <source>refus de la bibliothèque GDAL</source>
            <translation>refused by the GDAL library</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/gpkg.py" line="127" />
            <source>erreur SQLite ({m})</source>
            <translation>SQLite error ({m})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/gpkg.py" line="170" />
            <source>Registre de veille {p} : c'est un dossier, pas un fichier GeoPackage. Indiquez le fichier du registre (ex. registre_veille.gpkg) ou un nom de fichier à créer.</source>
            <translation>Monitoring register {p}: this is a folder, not a GeoPackage file. Give the register's file (e.g. registre_veille.gpkg) or the name of a file to create.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/gpkg.py" line="193" />
            <source>Registre de veille {p} inaccessible ({err}). Vérifiez le chemin et les droits d'écriture du dossier.</source>
            <translation>Monitoring register {p} inaccessible ({err}). Check the path and the folder's write permissions.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/gpkg.py" line="215" />
            <source>Impossible d'ouvrir le registre de veille {p} ({err}).</source>
            <translation>Cannot open the monitoring register {p} ({err}).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/gpkg.py" line="237" />
            <source>Registre de veille refusé : {e}</source>
            <translation>Watch register refused: {e}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/gpkg.py" line="240" />
            <source>Le registre de veille {p} est en lecture seule pour ce compte (dossier ou fichier sans droit d'écriture) : il peut être consulté et exporté, mais rien n'y a été écrit. Copiez-le dans un dossier où vous pouvez écrire, ou demandez les droits d'écriture.</source>
            <translation>The monitoring register {p} is read-only for this account (folder or file without write permission): it can be viewed and exported, but nothing was written to it. Copy it to a folder you can write to, or ask for write permission.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/gpkg.py" line="269" />
            <source>Le registre de veille {p} est occupé par une autre écriture depuis plus de {s:.0f} s (verrou {lock}). Réessayez plus tard.</source>
            <translation>The monitoring register {p} has been busy with another write for more than {s:.0f} s (lock {lock}). Try again later.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/gpkg.py" line="288" />
            <source>Un autre balayage est en cours sur le registre de veille {p}. Attendez qu'il se termine, puis relancez le balayage.</source>
            <translation>Another sweep is running on the monitoring register {p}. Wait for it to finish, then run the sweep again.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/gpkg.py" line="301" />
            <source>Une autre veille des PLU est en cours sur le registre de veille {p}. Attendez qu'elle se termine, puis relancez la veille.</source>
            <translation>Another PLU watch is running on the monitoring register {p}. Wait for it to finish, then run the watch again.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/gpkg.py" line="348" />
            <source>Le registre de veille {p} est verrouillé par un autre programme ({err}). Réessayez plus tard.</source>
            <translation>The monitoring register {p} is locked by another program ({err}). Try again later.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/gpkg.py" line="354" />
            <source>Le registre de veille {p} est en lecture seule pour ce compte ({err}) : rien n'a été écrit et rien n'est perdu. Vérifiez les droits d'écriture du fichier et de son dossier, ou copiez le registre dans un dossier où vous pouvez écrire.</source>
            <translation>The monitoring register {p} is read-only for this account ({err}): nothing was written and nothing is lost. Check the write permissions of the file and its folder, or copy the register to a folder where you can write.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/gpkg.py" line="363" />
            <source>Le registre de veille {p} n'a pas pu être écrit : disque plein ou erreur d'écriture ({err}). Rien n'a été enregistré et rien n'est perdu ; libérez de la place, puis recommencez.</source>
            <translation>The monitoring register {p} could not be written: disk full or write error ({err}). Nothing was recorded and nothing is lost; free some space, then try again.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/gpkg.py" line="371" />
            <source>Le fichier {p} n'est pas un GeoPackage lisible ou il est endommagé ({err}). Rien n'y a été écrit ; indiquez le bon fichier, ou restaurez la dernière sauvegarde du registre.</source>
            <translation>The file {p} is not a readable GeoPackage or it is damaged ({err}). Nothing was written to it; give the right file, or restore the latest backup of the register.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/gpkg.py" line="377" />
            <source>Erreur du registre de veille {p} : {err}</source>
            <translation>Monitoring register {p} error: {err}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/gpkg.py" line="427" />
            <source>Le fichier {p} n'est pas un GeoPackage (table gpkg_contents absente) : ce n'est pas un registre de veille.</source>
            <translation>The file {p} is not a GeoPackage (no gpkg_contents table): it is not a monitoring register.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/gpkg.py" line="437" />
            <source>Le GeoPackage {p} n'est pas un registre de veille (table « meta » d'une autre application).</source>
            <translation>The GeoPackage {p} is not a monitoring register (« meta » table of another application).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/gpkg.py" line="445" />
            <source>Le GeoPackage {p} contient déjà d'autres données : ce n'est pas un registre de veille. Choisissez un nouveau fichier .gpkg.</source>
            <translation>The GeoPackage {p} already holds other data: it is not a monitoring register. Choose a new .gpkg file.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/gpkg.py" line="459" />
            <source>Le registre de veille {p} doit être mis à jour pour cette version du plugin, mais il est en lecture seule pour ce compte : ouvrez-le une fois avec les droits d'écriture.</source>
            <translation>The monitoring register {p} must be upgraded for this version of the plugin, but it is read-only for this account: open it once with write permission.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/history_view.py" line="16" />
            <source>{field} : {old} → {new}</source>
            <translation>{field}: {old} → {new}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/history_view.py" line="22" />
            <source>{avis} ({status})</source>
            <translation>{avis} ({status})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/history_view.py" line="28" />
            <source>commentaire : « {t} »</source>
            <translation>comment: “{t}”</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/migrations.py" line="528" />
            <source>Le registre de veille {where} est au schéma version {v}, plus récent que ce que connaît cette version du plugin (version {latest} au plus). Mettez à jour le plugin « Veille patrimoniale » ; le registre n'a pas été modifié.</source>
            <translation>The monitoring register {where} has schema version {v}, newer than this version of the plugin knows (version {latest} at most). Update the « Veille patrimoniale » plugin; the register has not been changed.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/model.py" line="217" />
            <source>Champ « author » : indiquez qui écrit dans le registre de veille (nom ou identifiant), il est obligatoire.</source>
            <translation>Field « author »: say who writes in the monitoring register (name or identifier); it is required.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/plu_snapshots.py" line="54" />
            <source>Instantané de PLU sans « {k} » : rien n'est enregistré.</source>
            <translation>PLU snapshot without “{k}”: nothing is recorded.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/plu_snapshots.py" line="179" />
            <source>Instantané de PLU n° {id} inconnu dans le registre {t}.</source>
            <translation>PLU snapshot no. {id} unknown in register {t}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="171" />
            <source>erreur du serveur PostgreSQL, code {c} ({m})</source>
            <translation>PostgreSQL server error, code {c} ({m})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="172" />
            <source>erreur PostgreSQL ({m})</source>
            <translation>PostgreSQL error ({m})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="181" />
            <source>Le module Python psycopg2 est absent : il faut pour un registre PostgreSQL/PostGIS. Debian/Ubuntu : sudo apt install python3-psycopg2 ; Windows (OSGeo4W) et macOS : il est fourni avec QGIS ; sinon : python3 -m pip install --user psycopg2.</source>
            <translation>The Python module psycopg2 is missing: it is needed for a PostgreSQL/PostGIS register. Debian/Ubuntu: sudo apt install python3-psycopg2; Windows (OSGeo4W) and macOS: it comes with QGIS; otherwise: python3 -m pip install --user psycopg2.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="208" />
            <source>Schéma PostgreSQL « {s} » refusé : lettres minuscules sans accent, chiffres et « _ », 63 caractères au plus.</source>
            <translation>PostgreSQL schema « {s} » refused: lower-case letters without accents, digits and « _ », 63 characters at most.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="216" />
            <source>{dsn} (schéma {s})</source>
            <translation>{dsn} (schema {s})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="221" />
            <source>Connexion PostgreSQL illisible : {dsn}. Exemples : « service=veille », « host=serveur dbname=patrimoine user=moi », « postgresql://moi@serveur/patrimoine ».</source>
            <translation>Unreadable PostgreSQL connection: {dsn}. Examples: « service=veille », « host=server dbname=patrimoine user=me », « postgresql://me@server/patrimoine ».</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="236" />
            <source>Connexion au registre de veille PostgreSQL {t} impossible : {err}</source>
            <translation>Cannot connect to the PostgreSQL monitoring register {t}: {err}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="254" />
            <source>Un autre balayage est en cours sur le registre de veille {t}. Attendez qu'il se termine, puis relancez le balayage.</source>
            <translation>Another sweep is running on the monitoring register {t}. Wait for it to finish, then run the sweep again.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="267" />
            <source>Une autre veille des PLU est en cours sur le registre de veille {t}. Attendez qu'elle se termine, puis relancez la veille.</source>
            <translation>Another PLU watch is running on the monitoring register {t}. Wait for it to finish, then run the watch again.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="295" />
            <source>Connexion au registre de veille {t} perdue : {err}. Rouvrez le registre.</source>
            <translation>Connection to the monitoring register {t} lost: {err}. Reopen the register.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="300" />
            <source>Erreur du registre de veille {t} : {err}</source>
            <translation>Monitoring register {t} error: {err}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="346" />
            <source>Le schéma {s} de {t} n'est pas un registre de veille (table « meta » d'une autre application).</source>
            <translation>Schema {s} of {t} is not a monitoring register (« meta » table of another application).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="352" />
            <source>Le schéma {s} contient déjà une table « cases » qui n'appartient pas à un registre de veille. Choisissez un autre schéma.</source>
            <translation>Schema {s} already holds a « cases » table that does not belong to a monitoring register. Choose another schema.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="366" />
            <source>L'extension PostGIS n'est pas installée dans la base de {t} et ce compte ne peut pas l'installer ({err}). Demandez à l'administrateur : CREATE EXTENSION postgis;</source>
            <translation>The PostGIS extension is not installed in the database of {t} and this account cannot install it ({err}). Ask the administrator: CREATE EXTENSION postgis;</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/register/postgis.py" line="494" />
            <source>Registre de veille {t} : {k} dossier(s) ont été créés par un autre programme pendant l'enregistrement. Rien n'a été écrit ; relancez.</source>
            <translation>Monitoring register {t}: {k} case(s) were created by another program during the save. Nothing was written; run it again.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/case_map.py" line="110" />
            <source>Numéros non écrits sur la carte (points trop proches) : {n}</source>
            <translation>Numbers not written on the map (dots too close): {n}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/case_words.py" line="27" />
            <source>disparu de la source au balayage du {d} : retiré de la liste nationale ou renuméroté ?</source>
            <translation>gone from the source in the sweep of {d}: removed from the national list or renumbered?</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="124" />
            <source>du {a} au {b}</source>
            <translation>from {a} to {b}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="134" />
            <source>Période vide : --du ({a}) est après --au ({b}).</source>
            <translation>Empty period: --du ({a}) is after --au ({b}).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="177" />
            <source>Nouveaux du balayage n° {s}</source>
            <translation>New in sweep no. {s}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="178" />
            <source>Dossiers apparus {p}</source>
            <translation>Cases that appeared {p}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="433" />
            <source>premier instantané</source>
            <translation>first snapshot</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="436" />
            <source>{n} changement(s) depuis le n° {p} ; ouverture à l'urbanisation : {b} ha dans le Bien, {z} ha en zone tampon ; protections L.151-19 supprimées : {r}</source>
            <translation>{n} change(s) since no. {p}; opened to urbanisation: {b} ha in the property, {z} ha in the buffer zone; L.151-19 protections removed: {r}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="460" />
            <source>Effet grand ou très grand sur un attribut du Bien : l'État peut avoir à informer le Comité du patrimoine mondial, par le Centre, avant toute décision difficilement réversible ; une étude d'impact patrimonial est recommandée.</source>
            <translation>Large or very large effect on an attribute of the property: the State Party may have to inform the World Heritage Committee, through the Centre, before any decision that would be difficult to reverse; a heritage impact assessment is recommended.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="522" />
            <source>Attribut le plus touché</source>
            <translation>Most affected attribute</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="466" />
            <source>Importance de l'effet</source>
            <translation>Significance of effect</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="486" />
            <source>{new} ({n}), dont l'analyse a changé ({m}), disparus de la source ({d}).</source>
            <translation>{new} ({n}), whose screening changed ({m}), gone from the source ({d}).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="570" />
            <source>Commune (zone)</source>
            <translation>Commune (zone)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="523" />
            <source>Statut de veille et dernier commentaire</source>
            <translation>Monitoring status and latest comment</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="538" />
            <source>Autorisés sans avis ({n})</source>
            <translation>Authorised without an opinion ({n})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="540" />
            <source>Dossiers autorisés (accordé, accordé avec prescriptions) dans le Bien ou la zone tampon sans avis inscrit au registre (Suites du dossier › Avis), par priorité : {b} dans le Bien, {t} en zone tampon.</source>
            <translation>Cases authorised (granted, granted with conditions) in the property or the buffer zone with no opinion (avis) recorded in the register (Case follow-up › Opinion), by priority: {b} in the property, {t} in the buffer zone.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="573" />
            <source>Statut de veille</source>
            <translation>Monitoring status</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="577" />
            <source>… et {n} autres (liste complète dans le JSON).</source>
            <translation>… and {n} more (full list in the JSON).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="594" />
            <source>Avis rendus {p} ({n})</source>
            <translation>Opinions (avis) given {p} ({n})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="594" />
            <source>Aucun avis inscrit dans la période (Suites du dossier › Avis).</source>
            <translation>No opinion (avis) recorded in the period (Case follow-up › Avis).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="594" />
            <source>Décisions de l'autorité compétente {p} ({n})</source>
            <translation>Decisions of the competent authority {p} ({n})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="594" />
            <source>Aucune décision inscrite dans la période.</source>
            <translation>No decision recorded in the period.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="616" />
            <source>balayage n° {s}</source>
            <translation>sweep no. {s}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="626" />
            <source>Inscrit le</source>
            <translation>Recorded on</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="626" />
            <source>Par</source>
            <translation>By</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/periodic.py" line="56" />
            <source>établi le {d}</source>
            <translation>drawn up on {d}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="655" />
            <source>Indicateur</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="655" />
            <source>dont priorité 1 (très haute)</source>
            <translation>of which priority 1 (very high)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="655" />
            <source>effet grand ou très grand sur un attribut du Bien (§ 172)</source>
            <translation>large or very large effect on an attribute of the property (§ 172)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="655" />
            <source>dont bloquants ou majeurs</source>
            <translation>of which blocking or major</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="655" />
            <source>dossiers dont l'analyse a changé</source>
            <translation>cases whose analysis changed</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="655" />
            <source>dossiers disparus de la source</source>
            <translation>cases gone from the source</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="655" />
            <source>avis rendus (ABF/UDAP, Mission)</source>
            <translation>opinions (avis) given (ABF/UDAP, Mission)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="655" />
            <source>décisions de l'autorité compétente (accordé, refusé, tacite…)</source>
            <translation>decisions of the competent authority (granted, refused, tacit…)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="655" />
            <source>décisions attendues (Bien, zone tampon, règles déclenchées)</source>
            <translation>decisions awaited (property, buffer zone, rules triggered)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="655" />
            <source>autorisés sans avis (Bien, zone tampon)</source>
            <translation>authorised without an opinion (property, buffer zone)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="655" />
            <source>alertes ouvertes / modifiées / closes</source>
            <translation>alerts opened / changed / closed</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="655" />
            <source>nouvelles versions de PLU</source>
            <translation>new PLU versions</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="696" />
            <source>Bloquants et majeurs parmi les {new} ({n})</source>
            <translation>Blocking and major among the {new} ({n})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="703" />
            <source>Dossiers disparus de la source {p} ({n})</source>
            <translation>Cases gone from the source {p} ({n})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="708" />
            <source>Cité</source>
            <translation>Cité</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="708" />
            <source>Projets</source>
            <translation>Projects</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/element_file.py" line="498" />
            <source>Dossiers</source>
            <translation>Cases</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="717" />
            <source>ouverte</source>
            <translation>opened</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="717" />
            <source>modifiée</source>
            <translation>changed</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="717" />
            <source>close</source>
            <translation>closed</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="726" />
            <source>Mouvement</source>
            <translation>Movement</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="732" />
            <source>Instantané</source>
            <translation>Snapshot</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="732" />
            <source>Relevé le</source>
            <translation>Fetched on</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="732" />
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="732" />
            <source>Communes</source>
            <translation>Communes</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="732" />
            <source>Changements depuis le précédent</source>
            <translation>Changes since the previous one</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="819" />
            <source>Comité local du patrimoine mondial — {e}</source>
            <translation>Local World Heritage committee — {e}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="823" />
            <source>Comité technique de suivi — ce qui est nouveau</source>
            <translation>Technical monitoring committee — what is new</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/commune_pack.py" line="33" />
            <source>Commune {c} absente des communes du bassin minier (code INSEE ?).</source>
            <translation>Commune {c} is not one of the mining basin's communes (INSEE code?).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/commune_pack.py" line="99" />
            <source>Porté à connaissance — {n} ({i})</source>
            <translation>Porté à connaissance — {n} ({i})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/commune_pack.py" line="100" />
            <source>oui</source>
            <translation>yes</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/commune_pack.py" line="100" />
            <source>non</source>
            <translation>no</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/element_file.py" line="498" />
            <source>Nom</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="858" />
            <source>Catégorie</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/element_file.py" line="285" />
            <source>Protections</source>
            <translation>Protections</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/commune_pack.py" line="124" />
            <source>Dernière version relevée : {d}, instantané n° {i} du {t}.</source>
            <translation>Latest version fetched: {d}, snapshot no. {i} of {t}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/commune_pack.py" line="127" />
            <source>périmètre UNESCO reporté (informations 40-01, 40-02)</source>
            <translation>UNESCO perimeter carried (informations 40-01, 40-02)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/commune_pack.py" line="127" />
            <source>éléments protégés au titre de l'article L.151-19 (prescriptions 07)</source>
            <translation>elements protected under article L.151-19 (prescriptions 07)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/commune_pack.py" line="127" />
            <source>périmètre du permis de démolir (information 42-01)</source>
            <translation>demolition permit perimeter (information 42-01)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="854" />
            <source>touché</source>
            <translation>touched</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/element_file.py" line="60" />
            <source>à proximité</source>
            <translation>nearby</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/element_file.py" line="96" />
            <source>données de référence du Bien, {v}</source>
            <translation>reference data of the property, {v}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/element_file.py" line="102" />
            <source>monument historique {m}</source>
            <translation>historic monument ({m})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/element_file.py" line="118" />
            <source>abords de monument historique (500 m) : {m}</source>
            <translation>surroundings of a historic monument (500 m): {m}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/element_file.py" line="125" />
            <source>périmètre délimité des abords</source>
            <translation>delimited surroundings perimeter (PDA)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/element_file.py" line="125" />
            <source>site classé</source>
            <translation>classified site</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/element_file.py" line="143" />
            <source>élément protégé au PLU (L.151-19)</source>
            <translation>element protected by the PLU (L.151-19)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/element_file.py" line="171" />
            <source>PLU {d}, instantané n° {id} du {t}</source>
            <translation>PLU {d}, snapshot no. {id} of {t}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/element_file.py" line="257" />
            <source>Fiche de suivi — {i} {n}</source>
            <translation>Follow-up file — {i} {n}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/element_file.py" line="259" />
            <source>Identifiant</source>
            <translation>Identifier</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/element_file.py" line="260" />
            <source>Identifiant UNESCO</source>
            <translation>UNESCO identifier</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/element_file.py" line="264" />
            <source>Composante</source>
            <translation>Component</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/report.py" line="412" />
            <source>EPCI</source>
            <translation>EPCI</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/element_file.py" line="267" />
            <source>Compagnie minière</source>
            <translation>Mining company</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/element_file.py" line="275" />
            <source>Identité</source>
            <translation>Identity</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/element_file.py" line="286" />
            <source>Protection</source>
            <translation>Protection</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/element_file.py" line="286" />
            <source>Dates : source de l'assiette pour les servitudes, du générateur pour un monument historique connu par la servitude AC1, approbation du plan pour le PLU ; les données de référence du Bien ne datent pas les protections au titre des monuments historiques.</source>
            <translation>Dates: source of the assiette for the servitudes, of the générateur for a monument historique known from the AC1 servitude, approval of the plan for the PLU; the reference data of the property do not date the monuments historiques protections.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/element_file.py" line="311" />
            <source>État de conservation</source>
            <translation>State of conservation</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/element_file.py" line="313" />
            <source>Constat du</source>
            <translation>Observed on</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/element_file.py" line="331" />
            <source>Aucun constat inscrit (commande « etat » ou relevé initial en lot).</source>
            <translation>No observation recorded (command “etat”, or the initial record in bulk).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/element_file.py" line="332" />
            <source>Dossiers qui l'ont concerné ({n})</source>
            <translation>Cases that concerned it ({n})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/element_file.py" line="334" />
            <source>Lien</source>
            <translation>Link</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/element_file.py" line="334" />
            <source>Vu le</source>
            <translation>Seen on</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/element_file.py" line="365" />
            <source>Alertes ({n})</source>
            <translation>Alerts ({n})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/element_file.py" line="378" />
            <source>PLU de ses communes</source>
            <translation>PLUs of its communes</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/element_file.py" line="399" />
            <source>Changements de PLU à moins de {d} m ({n})</source>
            <translation>PLU changes within {d} m ({n})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/element_file.py" line="401" />
            <source>Aucun changement mesuré entre deux instantanés d'un PLU de ses communes.</source>
            <translation>No change measured between two snapshots of a PLU of its communes.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/element_file.py" line="407" />
            <source>Distance (m)</source>
            <translation>Distance (m)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/element_file.py" line="408" />
            <source>{doc} : instantané n° {a} → n° {b} du {d}</source>
            <translation>{doc}: snapshot no. {a} → no. {b} of {d}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/element_file.py" line="499" />
            <source>Fiches de suivi des éléments ({n})</source>
            <translation>Element follow-up files ({n})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/indicators.py" line="109" />
            <source>Dossiers examinés par an</source>
            <translation>Cases examined per year</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/indicators.py" line="110" />
            <source>Dossiers entrés dans le registre de veille, par année de première apparition.</source>
            <translation>Cases entered in the watch register, by year of first appearance.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/indicators.py" line="115" />
            <source>Part des dossiers situés dans le Bien</source>
            <translation>Share of the cases located in the property</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/indicators.py" line="116" />
            <source>Dossiers dont l'emprise touche une composante du Bien, en % des dossiers de l'année.</source>
            <translation>Cases whose footprint touches a component of the property, as a % of the year's cases.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/indicators.py" line="122" />
            <source>Démolitions demandées et accordées</source>
            <translation>Demolitions requested and granted</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/indicators.py" line="123" />
            <source>Permis de démolir, ou travaux dont la description dit une démolition ; accordées : décision inscrite « accordé » (avec ou sans prescriptions).</source>
            <translation>Demolition permits, or works whose description says a demolition; granted: decision recorded “accordé” (with or without prescriptions).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/indicators.py" line="131" />
            <source>Avis par sens</source>
            <translation>Opinions by outcome</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/indicators.py" line="132" />
            <source>Avis inscrits dans le registre (suites des dossiers), par sens.</source>
            <translation>Opinions recorded in the register (case follow-up), by outcome.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/indicators.py" line="137" />
            <source>Alertes par statut</source>
            <translation>Alerts by status</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/indicators.py" line="138" />
            <source>Alertes « sites en péril » du registre, par statut à ce jour.</source>
            <translation>“Sites in danger” alerts of the register, by status to date.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/indicators.py" line="143" />
            <source>Éléments dont l'état s'est dégradé</source>
            <translation>Elements whose condition worsened</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/indicators.py" line="144" />
            <source>Éléments dont le dernier constat du relevé d'état est plus mauvais que le précédent ; et éléments visés par une alerte dont la tendance est « en dégradation ».</source>
            <translation>Elements whose latest observation in the condition record is worse than the previous one; and elements named by an alert whose trend is “en dégradation”.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/indicators.py" line="164" />
            <source>Communes dont le PLU porte le Bien et ses protections</source>
            <translation>Communes whose PLU carries the property and its protections</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/indicators.py" line="165" />
            <source>Parmi les communes dont un PLU a été relevé en ligne : celles dont la dernière version porte le périmètre UNESCO (informations 40-01/40-02), des protections L.151-19 (prescriptions 07) et le périmètre du permis de démolir (information 42-01).</source>
            <translation>Among the communes whose PLU was fetched online: those whose latest version carries the UNESCO perimeter (informations 40-01/40-02), L.151-19 protections (prescriptions 07) and the demolition permit perimeter (information 42-01).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/indicators.py" line="191" />
            <source>Indicateurs pour l'évaluation du plan de gestion</source>
            <translation>Indicators for the evaluation of the management plan</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/periodic.py" line="42" />
            <source>Permis de la période</source>
            <translation>Permits of the period</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/periodic.py" line="51" />
            <source>Rapport périodique UNESCO — facteurs, alertes, permis et PLU</source>
            <translation>UNESCO periodic report — factors, alerts, permits and PLU</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/periodic.py" line="57" />
            <source>Permis entrés dans la période : {n} ; un permis compte pour chaque facteur que citent les règles qu’il déclenche.</source>
            <translation>Permits entered in the period: {n}; a permit counts for each factor cited by the rules it triggers.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/engine.py" line="42" />
            <source>Localisé à la commune seulement (localisation approximative)</source>
            <translation>Located by its commune only (approximate location)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/case_screening.py" line="108" />
            <source>Localisé seulement par sa commune : on ne sait pas s'il est dans le Bien ou la zone tampon. La commune {where}. Localisez le dossier (parcelle ou coordonnées) pour l'analyser.</source>
            <translation>Located by its commune only: whether it lies in the property or the buffer zone is unknown. The commune {where}. Locate the case (parcel or coordinates) to analyse it.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/case_screening.py" line="235" />
            <source>Champ « {f} » : {k} valeurs pour {n} cas.</source>
            <translation>Field «{f}»: {k} values for {n} cases.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/case_screening.py" line="249" />
            <source>Couche utilisateur « {s} » : écrivez NOM=FICHIER, par exemple cones_de_vue=cones.gpkg. Noms connus : {names}.</source>
            <translation>User layer « {s} »: write NAME=FILE, for example cones_de_vue=cones.gpkg. Known names: {names}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/case_screening.py" line="258" />
            <source>Couche utilisateur inconnue « {n} ». Noms connus : {names}.</source>
            <translation>Unknown user layer « {n} ». Known names: {names}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/case_screening.py" line="269" />
            <source>Couche {n} ({p}) inutilisable : {e}</source>
            <translation>Layer {n} ({p}) unusable: {e}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/case_screening.py" line="286" />
            <source>Liste des sites en péril introuvable : {p}.</source>
            <translation>List of sites at risk not found: {p}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/case_screening.py" line="290" />
            <source>Liste des sites en péril {p} vide : une colonne « identifiant » et un identifiant par ligne.</source>
            <translation>Heritage-in-danger list {p} is empty: an “identifiant” column and one identifier per line.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/case_screening.py" line="301" />
            <source>Liste des sites en péril {p} : aucune colonne d'identifiant. Colonnes attendues : {want} ; colonnes trouvées : {found}.</source>
            <translation>Heritage-in-danger list {p}: no identifier column. Expected columns: {want}; columns found: {found}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/case_screening.py" line="316" />
            <source>Liste des sites en péril {p}, ligne {n} : identifiant vide. Complétez ou supprimez la ligne.</source>
            <translation>Danger list {p}, line {n}: empty identifier. Fill in or remove the line.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/case_screening.py" line="322" />
            <source>Liste des sites en péril {p}, ligne {n} : « {v} » n'est pas un identifiant d'élément du Bien (ex. 63V, 19D, 1).</source>
            <translation>Heritage-in-danger list {p}, line {n}: “{v}” is not an identifier of an element of the property (e.g. 63V, 19D, 1).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/case_screening.py" line="330" />
            <source>Liste des sites en péril {p} : aucun identifiant sous l'en-tête. Une liste vide ne se distingue pas d'un fichier tronqué : sans liste, la règle R12 lit les alertes ouvertes du registre.</source>
            <translation>Danger list {p}: no identifier under the header. An empty list cannot be told from a truncated file: without a list, rule R12 reads the register's open alerts.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/cases.py" line="143" />
            <source>Nombre de valeurs incohérent : {k} au lieu de {n}.</source>
            <translation>Inconsistent number of values: {k} instead of {n}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/cases.py" line="154" />
            <source>Type de dossier inconnu « {t} » (cas {id}). Types admis : {types}.</source>
            <translation>Unknown case type « {t} » (case {id}). Types allowed: {types}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/catalogue.py" line="32" />
            <source>Catalogue de règles invalide</source>
            <translation>Invalid rules catalogue</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/catalogue.py" line="90" />
            <source>Couche « {n} » fournie, mais aucune règle du catalogue « {c} » ne la lit : elle est sans effet. Couches lues : {read}.</source>
            <translation>Layer “{n}” given, but no rule of the catalogue “{c}” reads it: it has no effect. Layers read: {read}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/catalogue.py" line="129" />
            <source>identifiant « {id} » déjà utilisé par la règle n° {j}</source>
            <translation>identifier « {id} » already used by rule no. {j}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/catalogue.py" line="148" />
            <source>couche « {c} » inconnue : le plugin ne reçoit que les couches {known} (une règle qui en lirait une autre ne s'appliquerait jamais)</source>
            <translation>layer “{c}” unknown: the plugin only receives the layers {known} (a rule reading another one would never apply)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/catalogue.py" line="162" />
            <source>mot-clé de travaux « {w} » absent de vocabulaire_travaux</source>
            <translation>works keyword « {w} » missing from vocabulaire_travaux</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/catalogue.py" line="249" />
            <source>Le catalogue configuré {path} est invalide ; le dernier catalogue valide ({v}) reste en vigueur. {err}</source>
            <translation>The configured catalogue {path} is invalid; the last valid catalogue ({v}) stays in force. {err}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="321" />
            <source>hauteur du projet</source>
            <translation>height of the project</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="326" />
            <source>emprise au sol</source>
            <translation>footprint</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="341" />
            <source>liste des sites en péril</source>
            <translation>list of sites at risk</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="404" />
            <source>couche de référence « {c} »</source>
            <translation>reference layer « {c} »</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="535" />
            <source> à {d:.0f} m</source>
            <translation> within {d:.0f} m</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="581" />
            <source>non : </source>
            <translation>not: </translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="581" />
            <source>aucune des conditions suivantes : </source>
            <translation>none of the following conditions: </translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="595" />
            <source>zone : {z}</source>
            <translation>zone: {z}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="597" />
            <source>type de dossier {t}</source>
            <translation>case type {t}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="597" />
            <source> (non concerné : {v})</source>
            <translation> (not concerned: {v})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="601" />
            <source>nature du projet : {n}</source>
            <translation>kind of project: {n}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="601" />
            <source>non précisée</source>
            <translation>not given</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="604" />
            <source>travaux mentionnés : {k}</source>
            <translation>works mentioned: {k}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="604" />
            <source>aucun des travaux visés ({k}) dans la description</source>
            <translation>none of the works concerned ({k}) in the description</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="613" />
            <source>élément du Bien</source>
            <translation>element of the property</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/engine.py" line="579" />
            <source>monument historique</source>
            <translation>historic monument</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="618" />
            <source>touche {els}, {w}</source>
            <translation>touches {els}, {w}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="619" />
            <source>touche {els}</source>
            <translation>touches {els}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="619" />
            <source>ne touche aucun élément ({w})</source>
            <translation>touches no element ({w})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/engine.py" line="704" />
            <source>élément</source>
            <translation>element</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="631" />
            <source>à moins de {dist:.0f} m : {els}</source>
            <translation>within {dist:.0f} m: {els}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="634" />
            <source>aucun {w} à moins de {dist:.0f} m</source>
            <translation>no {w} within {dist:.0f} m</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="639" />
            <source>hors du rayon de 500 m des monuments historiques</source>
            <translation>outside the 500 m radius of the historic monuments</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="644" />
            <source>à moins de 500 m de {m} ; couche des PDA non fournie : vérifier qu'aucun PDA ne remplace ce rayon</source>
            <translation>within 500 m of {m}; PDA layer not given: check that no PDA replaces this radius</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="647" />
            <source>à moins de 500 m de {m}, sans PDA qui remplace ce rayon</source>
            <translation>within 500 m of {m}, with no PDA replacing this radius</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="647" />
            <source>rayon de 500 m de {m} remplacé par un PDA</source>
            <translation>500 m radius of {m} replaced by a PDA</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="655" />
            <source>dans les abords de {els}</source>
            <translation>in the surroundings of {els}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="655" />
            <source>hors des abords MH</source>
            <translation>outside the MH surroundings</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="667" />
            <source>hauteur non renseignée (seuil {t:.0f} m)</source>
            <translation>height not given (threshold {t:.0f} m)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="667" />
            <source>hauteur {h:.1f} m (seuil {t:.0f} m)</source>
            <translation>height {h:.1f} m (threshold {t:.0f} m)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="674" />
            <source>emprise non renseignée (seuil {t:.0f} m²)</source>
            <translation>footprint not given (threshold {t:.0f} m²)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="674" />
            <source>emprise {a:.0f} m² (seuil {t:.0f} m²)</source>
            <translation>footprint {a:.0f} m² (threshold {t:.0f} m²)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="681" />
            <source>liste des sites en péril non disponible pour les éléments concernés</source>
            <translation>list of sites at risk not available for the elements concerned</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="686" />
            <source>sur la liste des sites en péril : {els}</source>
            <translation>on the list of sites at risk: {els}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="687" />
            <source>aucun élément concerné sur la liste des sites en péril</source>
            <translation>no element concerned on the list of sites at risk</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="690" />
            <source>terrils recensés de la zone tampon</source>
            <translation>spoil heaps recorded in the buffer zone</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="691" />
            <source>cités minières de la zone tampon</source>
            <translation>mining housing estates of the buffer zone</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="694" />
            <source>touche les {c}</source>
            <translation>touches the {c}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="694" />
            <source>ne touche pas les {c}</source>
            <translation>does not touch the {c}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="698" />
            <source>donnée manquante : couche facultative « {c} » non fournie</source>
            <translation>missing data: optional layer « {c} » not supplied</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="700" />
            <source>donnée manquante : couche « {c} » non fournie</source>
            <translation>missing data: layer « {c} » not supplied</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="704" />
            <source>couvert à {p:.0f} % par la couche « {c} » (seuil {s:.0f} %)</source>
            <translation>{p:.0f} % covered by layer « {c} » (threshold {s:.0f} %)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="710" />
            <source>dans la couche « {c} »</source>
            <translation>in layer « {c} »</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="710" />
            <source>hors de la couche « {c} »</source>
            <translation>outside layer « {c} »</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="741" />
            <source>ne s'applique pas aux dossiers de type {t}</source>
            <translation>does not apply to cases of type {t}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="743" />
            <source>non concerné : {why}</source>
            <translation>not concerned: {why}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/engine.py" line="745" />
            <source>géométrie inutilisable : le cas n'a pas pu être situé</source>
            <translation>unusable geometry: the case could not be located</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/foundations.py" line="53" />
            <source>proposition à confirmer</source>
            <translation>proposal to be confirmed</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/foundations.py" line="53" />
            <source>officielle</source>
            <translation>official</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/foundations.py" line="60" />
            <source>{nature} — {code}, art. {article}</source>
            <translation>{nature} — {code}, art. {article}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/foundations.py" line="64" />
            <source>{title}, {file}, l. {lines}</source>
            <translation>{title}, {file}, l. {lines}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/foundations.py" line="67" />
            <source> — « {t} »</source>
            <translation> — “{t}”</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/foundations.py" line="68" />
            <source>{nature} — {where}{titre} : « {quote} »</source>
            <translation>{nature} — {where}{titre}: “{quote}”</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/foundations.py" line="72" />
            <source>proposition à confirmer par la Mission Bassin Minier — {t}</source>
            <translation>proposal to be confirmed by the Mission Bassin Minier — {t}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/foundations.py" line="81" />
            <source>{code}, art. {article}</source>
            <translation>{code}, art. {article}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/foundations.py" line="83" />
            <source>{title} ({file}, l. {lines})</source>
            <translation>{title} ({file}, l. {lines})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/foundations.py" line="87" />
            <source>proposition à confirmer par la Mission Bassin Minier</source>
            <translation>proposal to be confirmed by the Mission Bassin Minier</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/foundations.py" line="99" />
            <source># Fondements des règles</source>
            <translation># Foundations of the rules</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/foundations.py" line="101" />
            <source>Page produite depuis le catalogue « {name} », version {version} (`{source}`), par `python -m veille_plugin rules fondements`. Pour chaque règle : son statut (officielle, ou proposition à confirmer par la Mission Bassin Minier), le verdict qu'elle peut rendre et ses fondements (article, ou document, année, lignes et citation exacte ; les extraits sont dans `resources/sources/documents/sources.md`). Seule une règle fondée sur une loi ou un règlement peut dire « non conforme ».</source>
            <translation>Page produced from the catalogue “{name}”, version {version} (`{source}`), by `python -m veille_plugin rules fondements`. For each rule: its status (official, or proposal to be confirmed by the Mission Bassin Minier), the verdict it can give and its foundations (article, or document, year, lines and exact quote; the excerpts are in `resources/sources/documents/sources.md`). Only a rule founded on a law or a regulation can say “non conforme”.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/foundations.py" line="163" />
            <source>Fondements</source>
            <translation>Foundations</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/foundations.py" line="122" />
            <source>Règles à valider par la Mission (propositions) : {ids}.</source>
            <translation>Rules to be validated by the Mission (proposals): {ids}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/foundations.py" line="139" />
            <source>Covisibilité par-dessus le relief ({ids}) : calculée sur demande (profil du terrain de la Géoplateforme, bâti et végétation non pris en compte), elle est dite dans le motif de ces règles sans changer leur verdict : « masqué par le relief » ne lève aucune règle. {why}</source>
            <translation>Intervisibility over the terrain ({ids}): computed on request (terrain profile of the Géoplateforme, buildings and vegetation not taken into account), it is given in the reason of these rules without changing their verdict: "hidden by the terrain" clears no rule. {why}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/foundations.py" line="158" />
            <source>Catalogue « {name} », version {version}. Statut de chaque règle (officielle, ou proposition à confirmer par la Mission Bassin Minier), verdict qu'elle peut rendre et fondements. Seule une règle fondée sur une loi ou un règlement peut dire « non conforme ».</source>
            <translation>Catalogue “{name}”, version {version}. Status of each rule (official, or proposal to be confirmed by the Mission Bassin Minier), verdict it can give and foundations. Only a rule founded on a law or a regulation can say “non conforme”.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="273" />
            <source>Cas analysé</source>
            <translation>Case analysed</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="275" />
            <source>Distance de recherche ({d})</source>
            <translation>Search distance ({d})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="280" />
            <source>Bien inscrit (composante)</source>
            <translation>Inscribed property (component)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/analysis_dock.py" line="154" />
            <source>Abords MH (500 m)</source>
            <translation>MH surroundings (500 m)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="309" />
            <source>Limite communale</source>
            <translation>Commune boundary</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="555" />
            <source>Lambert-93 (EPSG:2154)</source>
            <translation>Lambert-93 (EPSG:2154)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="556" />
            <source>Largeur : {w}</source>
            <translation>Width: {w}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="557" />
            <source>Données simplifiées (~10 m)</source>
            <translation>Simplified data (~10 m)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="858" />
            <source>Id.</source>
            <translation>Id.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="858" />
            <source>Élément du Bien</source>
            <translation>Element of the property</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="858" />
            <source>Distance</source>
            <translation>Distance</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="669" />
            <source>Réponse</source>
            <translation>Answer</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="677" />
            <source>Profil du terrain de la Géoplateforme (RGE ALTI®, IGN) entre l’élément et le sommet du projet (sa hauteur au-dessus du sol), courbure terrestre et réfraction (k = 0,13) comprises ; observateur au sommet d’un terril, à {eye} m du sol ailleurs ; {caveat}. Un projet masqué par le relief peut rester visible d’ailleurs : les règles restent à vérifier.</source>
            <translation>Terrain profile of the Géoplateforme (RGE ALTI®, IGN) between the element and the top of the project (its height above the ground), Earth curvature and refraction (k = 0.13) included; observer on the top of a spoil heap, {eye} m above the ground elsewhere; {caveat}. A project hidden by the terrain may still be seen from elsewhere: the rules remain to be checked.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="691" />
            <source>Profil depuis {e} : {a}</source>
            <translation>Profile from {e}: {a}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="817" />
            <source>Type de dossier</source>
            <translation>Case type</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="818" />
            <source>Déposé le</source>
            <translation>Filed on</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="819" />
            <source>Réponse attendue avant le</source>
            <translation>Answer expected before</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="821" />
            <source>Hauteur ; emprise</source>
            <translation>Height; footprint</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="858" />
            <source>Protection MH</source>
            <translation>MH protection</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="868" />
            <source>Et {k} autre(s) élément(s) à moins de {d} : {ids}.</source>
            <translation>And {k} other element(s) within {d}: {ids}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="929" />
            <source>travaux non décrits</source>
            <translation>works not described</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="931" />
            <source>Le dossier {id} ({type} : {works}) se situe : {where}.</source>
            <translation>Case {id} ({type}: {works}) lies: {where}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="938" />
            <source>Il touche : {e}.</source>
            <translation>It touches: {e}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="940" />
            <source>Il est proche de : {e}.</source>
            <translation>It is near: {e}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="948" />
            <source>Avant de conclure, réunir ce qui manque pour : {r}.</source>
            <translation>Before concluding, gather what is missing for: {r}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="960" />
            <source>[favorable / avec prescriptions / défavorable] — à compléter et signer par l’instructeur (jamais par l’outil).</source>
            <translation>[favourable / with conditions / unfavourable] — to be completed and signed by the instructor (never by the tool).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="979" />
            <source>catalogue embarqué ({f})</source>
            <translation>embedded catalogue ({f})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="1002" />
            <source>{works} sur {a} : valeur {v} × ampleur {m} = importance {s} ({src})</source>
            <translation>{works} on {a}: value {v} × magnitude {m} = significance {s} ({src})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="1006" />
            <source>à signaler au Centre du patrimoine mondial (Orientations, § 172)</source>
            <translation>to be reported to the World Heritage Centre (Operational Guidelines, § 172)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="1036" />
            <source>Bien « Bassin minier du Nord-Pas de Calais », inscrit sur la Liste du patrimoine mondial (2012) – analyse du dossier {id} du {d}. Aide à l’instruction : cette fiche ne constitue pas un avis.</source>
            <translation>Property « Nord-Pas de Calais Mining Basin », inscribed on the World Heritage List (2012) – analysis of case {id} of {d}. An aid to the examination: this note is not an opinion.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="1051" />
            <source>aucune au titre des règles du catalogue</source>
            <translation>none under the rules of the catalogue</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="1078" />
            <source>En gras : éléments touchés, à moins de {d}, ou nommés par les règles (jusqu’à {r}). Couches officielles simplifiées (~10 m).</source>
            <translation>In bold: elements touched, within {d}, or named by the rules (up to {r}). Simplified official layers (~10 m).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="1092" />
            <source>Erreurs et avertissements</source>
            <translation>Errors and warnings</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="1092" />
            <source>Avertissements</source>
            <translation>Warnings</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="1117" />
            <source>Intitulé</source>
            <translation>Heading</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="1139" />
            <source>Règles qui ne concernent pas ce dossier (non applicables, non détaillées) : {r}.</source>
            <translation>Rules that do not concern this case (not applicable, not detailed): {r}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="1174" />
            <source>(citations exactes : page « Fondements des règles »)</source>
            <translation>(exact quotes: «Foundations of the rules» page)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="1185" />
            <source>liste des sites en péril : fournie</source>
            <translation>list of sites at risk: supplied</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="1185" />
            <source>liste des sites en péril : non fournie</source>
            <translation>list of sites at risk: not supplied</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="1194" />
            <source>Couches simplifiées (~10 m), seuils proposés : aide à l’instruction, cette fiche ne constitue pas un avis. {g}, {d}.</source>
            <translation>Simplified layers (~10 m), proposed thresholds: an aid to instruction, this fiche is not an advice. {g}, {d}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/covisibility.py" line="69" />
            <source>bâti et végétation non pris en compte</source>
            <translation>buildings and vegetation not taken into account</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/covisibility.py" line="100" />
            <source>visible par-dessus le relief</source>
            <translation>visible over the terrain</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/covisibility.py" line="102" />
            <source>masqué par le relief à {d} km, de {m} m</source>
            <translation>hidden by the terrain at {d} km, by {m} m</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/covisibility.py" line="106" />
            <source>inconnu (hors ligne)</source>
            <translation>unknown (offline)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/covisibility.py" line="108" />
            <source>inconnu (altitudes manquantes)</source>
            <translation>unknown (missing altitudes)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/covisibility.py" line="109" />
            <source>inconnu (réponse illisible du service d'altimétrie)</source>
            <translation>unknown (unreadable answer from the altimetry service)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/covisibility.py" line="246" />
            <source>covisibilité par-dessus le relief ({c})</source>
            <translation>intervisibility over the terrain ({c})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/covisibility.py" line="248" />
            <source>{head} : non calculée, hauteur du projet non renseignée</source>
            <translation>{head}: not computed, project height not given</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/covisibility.py" line="254" />
            <source>depuis {e} : {a}</source>
            <translation>from {e}: {a}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/covisibility.py" line="259" />
            <source>{n} visible(s)</source>
            <translation>{n} visible</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/covisibility.py" line="259" />
            <source>{n} masqué(s)</source>
            <translation>{n} hidden</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/covisibility.py" line="259" />
            <source>{n} inconnu(s)</source>
            <translation>{n} unknown</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/covisibility.py" line="265" />
            <source>{n} autre(s) : {detail}</source>
            <translation>{n} other(s): {detail}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/covisibility.py" line="268" />
            <source>{n} élément(s) plus éloigné(s) non calculé(s)</source>
            <translation>{n} farther element(s) not computed</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/engine.py" line="38" />
            <source>Dans le Bien inscrit</source>
            <translation>In the inscribed property</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/engine.py" line="39" />
            <source>Dans la zone tampon</source>
            <translation>In the buffer zone</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/engine.py" line="40" />
            <source>Hors du Bien et de la zone tampon</source>
            <translation>Outside the property and the buffer zone</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/engine.py" line="41" />
            <source>Non analysé (erreur)</source>
            <translation>Not analysed (error)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/engine.py" line="43" />
            <source>Non localisé</source>
            <translation>Not located</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/engine.py" line="66" />
            <source>entité {n}</source>
            <translation>feature {n}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/engine.py" line="103" />
            <source>{item} : géométrie absente ou vide ; élément non analysé.</source>
            <translation>{item}: geometry missing or empty; item not analysed.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/engine.py" line="119" />
            <source>{item} : coordonnée non numérique (NaN ou infinie) ; élément non analysé.</source>
            <translation>{item}: non-numeric coordinate (NaN or infinite); item not analysed.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/engine.py" line="137" />
            <source>{item} : géométrie invalide ({reason}), corrigée automatiquement avant analyse.</source>
            <translation>{item}: invalid geometry ({reason}), corrected automatically before the analysis.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/engine.py" line="152" />
            <source>{item} : les coordonnées ressemblent à des degrés (longitude/latitude) alors que le système indiqué est {crs} en mètres. Indiquez --crs EPSG:4326 si elles sont en WGS84.</source>
            <translation>{item}: the coordinates look like degrees (longitude/latitude) although the system given is {crs} in metres. Give --crs EPSG:4326 if they are in WGS84.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/engine.py" line="170" />
            <source>{item} : coordonnées hors de la France métropolitaine une fois reprojetées depuis {crs}. Vérifiez le système de coordonnées (Lambert-93 = EPSG:2154, WGS84 = EPSG:4326) et l'ordre x/y.</source>
            <translation>{item}: coordinates outside metropolitan France once reprojected from {crs}. Check the coordinate reference system (Lambert-93 = EPSG:2154, WGS84 = EPSG:4326) and the x/y order.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/engine.py" line="384" />
            <source>Distance invalide : {d}. Indiquez une distance positive en mètres.</source>
            <translation>Invalid distance: {d}. Give a positive distance in metres.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/engine.py" line="575" />
            <source>{id} « {nom} » ({protection_mh})</source>
            <translation>{id} « {nom} » ({protection_mh})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/engine.py" line="579" />
            <source>monuments historiques</source>
            <translation>historic monuments</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/engine.py" line="590" />
            <source>{els} : monument historique classé ; des travaux sur le monument lui-même demandent l'autorisation du préfet de région (DRAC), et non l'accord de l'ABF au titre des abords.</source>
            <translation>{els}: classified historic monument; works on the monument itself need the authorisation of the regional prefect (DRAC), not the ABF's agreement under the surroundings regime.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/engine.py" line="590" />
            <source>{els} : monument historique inscrit ; des travaux sur le monument lui-même demandent, s'ils sont soumis à permis, l'accord de l'autorité chargée des monuments historiques, sinon une déclaration quatre mois avant ; pas le régime des abords.</source>
            <translation>{els}: registered historic monument; works on the monument itself need, if they require a permit, the agreement of the authority in charge of historic monuments, otherwise a declaration four months ahead; not the surroundings regime.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/engine.py" line="609" />
            <source>{id} « {nom} »</source>
            <translation>{id} « {nom} »</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/engine.py" line="611" />
            <source>Dans le rayon de 500 m de {n} {what} : {els}.</source>
            <translation>Within 500 m of {n} {what}: {els}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/engine.py" line="619" />
            <source>Dans le rayon de 500 m de {n} {what} : {els}. Sans périmètre délimité des abords (PDA), les travaux qui modifient l'aspect extérieur n'y demandent l'accord de l'ABF (avis conforme) que si le projet est visible du monument ou en même temps que lui (covisibilité, à vérifier sur place) ; couche des PDA non fournie : vérifier qu'aucun PDA ne remplace ce rayon.</source>
            <translation>Within 500 m of {n} {what}: {els}. Without a delimited surroundings perimeter (PDA), works that change the exterior aspect need the ABF's agreement (binding opinion) there only if the project is visible from the monument or together with it (covisibility, to be checked on site); PDA layer not supplied: check that no PDA replaces this radius.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/engine.py" line="628" />
            <source>Hors du rayon de 500 m des éléments protégés au titre des monuments historiques ; couche des périmètres délimités des abords (PDA) non fournie.</source>
            <translation>Beyond 500 m of the elements protected as historic monuments; layer of the delimited surroundings perimeters (PDA) not supplied.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/engine.py" line="638" />
            <source>Dans le rayon de 500 m de {n} {what} sans périmètre délimité des abords (PDA) : {els}. Les travaux qui modifient l'aspect extérieur n'y demandent l'accord de l'ABF (avis conforme) que si le projet est visible du monument ou en même temps que lui (covisibilité, à vérifier sur place).</source>
            <translation>Within 500 m of {n} {what} without a delimited surroundings perimeter (PDA): {els}. Works that change the exterior aspect need the ABF's agreement (binding opinion) there only if the project is visible from the monument or together with it (covisibility, to be checked on site).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/engine.py" line="646" />
            <source>Le rayon de 500 m de {els} est remplacé par un périmètre délimité des abords (PDA).</source>
            <translation>The 500 m radius of {els} is replaced by a delimited surroundings perimeter (PDA).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/engine.py" line="652" />
            <source>Dans un périmètre délimité des abords (PDA) : les travaux qui modifient l'aspect extérieur y demandent l'accord de l'ABF (avis conforme), sans condition de covisibilité.</source>
            <translation>In a delimited surroundings perimeter (PDA): works that change the exterior aspect need the ABF's agreement (binding opinion) there, whether or not there is covisibility.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/engine.py" line="659" />
            <source>Hors de tout PDA : pas d'accord de l'ABF au titre des abords de ces monuments.</source>
            <translation>Outside every PDA: no ABF agreement under the surroundings of these monuments.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/engine.py" line="661" />
            <source>Hors du rayon de 500 m des éléments protégés au titre des monuments historiques et hors des périmètres délimités des abords (PDA) fournis.</source>
            <translation>Beyond 500 m of the elements protected as historic monuments and outside the delimited surroundings perimeters (PDA) supplied.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/engine.py" line="673" />
            <source>Entité non analysée.</source>
            <translation>Feature not analysed.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/engine.py" line="676" />
            <source>n° {no} « {nom} »</source>
            <translation>no. {no} « {nom} »</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/engine.py" line="677" />
            <source>Situé dans le Bien inscrit : {what} {comps}.</source>
            <translation>Located in the inscribed property: {what} {comps}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/engine.py" line="677" />
            <source>composantes</source>
            <translation>components</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/engine.py" line="683" />
            <source>Situé dans la zone tampon du Bien (hors du Bien lui-même).</source>
            <translation>Located in the buffer zone of the property (outside the property itself).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/engine.py" line="685" />
            <source>Situé hors du Bien et de sa zone tampon.</source>
            <translation>Located outside the property and its buffer zone.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/engine.py" line="687" />
            <source>{id} « {nom} » ({categorie})</source>
            <translation>{id} « {nom} » ({categorie})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/engine.py" line="688" />
            <source>Touche {n} {what} : {els}.</source>
            <translation>Touches {n} {what}: {els}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/engine.py" line="702" />
            <source>{id} « {nom} » à {distance_m:.0f} m</source>
            <translation>{id} « {nom} » at {distance_m:.0f} m</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/engine.py" line="703" />
            <source> et {k} autres</source>
            <translation> and {k} others</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/engine.py" line="704" />
            <source>{n} {what} à moins de {d} m sans contact : {els}{more}.</source>
            <translation>{n} {what} within {d} m without contact: {els}{more}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/engine.py" line="710" />
            <source>Aucun élément du Bien à moins de {d} m.</source>
            <translation>No element of the property within {d} m.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/engine.py" line="712" />
            <source>Dans la cité « {nom} », inscrite en partie ({p} % dans le Bien) : hors de sa partie inscrite (élément {id}).</source>
            <translation>In the cité “{nom}”, partly inscribed ({p} % in the property): outside its inscribed part (element {id}).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/engine.py" line="721" />
            <source>Élément le plus proche : {id} « {nom} » à {distance_m:.0f} m.</source>
            <translation>Nearest element: {id} « {nom} » at {distance_m:.0f} m.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/location_precision.py" line="67" />
            <source>touche le Bien</source>
            <translation>touches the property</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/location_precision.py" line="69" />
            <source>touche la zone tampon (pas le Bien)</source>
            <translation>touches the buffer zone (not the property)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/screening/location_precision.py" line="70" />
            <source>ne touche ni le Bien ni la zone tampon</source>
            <translation>touches neither the property nor the buffer zone</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/report.py" line="300" />
            <source>dossier</source>
            <translation>case</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/report.py" line="95" />
            <source>(non renseigné)</source>
            <translation>(not given)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/report.py" line="96" />
            <source>dossiers</source>
            <translation>cases</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/report.py" line="276" />
            <source>priorité, attribut le plus touché</source>
            <translation>priority, attribute most affected</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/report.py" line="410" />
            <source>changement</source>
            <translation>change</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/report.py" line="278" />
            <source>commune, zone, localisation</source>
            <translation>commune, zone, location</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/report.py" line="281" />
            <source>règles déclenchées</source>
            <translation>rules triggered</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/report.py" line="282" />
            <source>code</source>
            <translation>code</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/report.py" line="288" />
            <source>n°</source>
            <translation>no.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/report.py" line="300" />
            <source>la commune</source>
            <translation>the commune</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/report.py" line="350" />
            <source>&lt;p class='muted'&gt;… et {k} autres messages (voir messages.txt).&lt;/p&gt;</source>
            <translation>&lt;p class='muted'&gt;… and {k} other messages (see messages.txt).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/report.py" line="364" />
            <source>Ce balayage contient des données de démonstration FICTIVES (dossiers « FICTIF »).</source>
            <translation>This sweep holds FICTITIOUS demonstration data (« FICTIF » cases).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/report.py" line="367" />
            <source>Dans le Bien : {b} ; en zone tampon : {z} ; hors : {h} ; localisés à la commune seulement : {c} (jamais comptés dans le Bien ni la zone tampon) ; non localisés : {u}.</source>
            <translation>In the property: {b}; in the buffer zone: {z}; outside: {h}; located by their commune only: {c} (never counted in the property or the buffer zone); not located: {u}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/report.py" line="377" />
            <source>{n} dossiers : {nv} nouveaux, {m} modifiés, {i} inchangés, {d} disparus ; {msg} messages d’import.</source>
            <translation>{n} cases: {nv} new, {m} modified, {i} unchanged, {d} gone; {msg} import messages.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/report.py" line="387" />
            <source>Nouveaux de ce balayage ({nv}), modifiés ({m}) et disparus de la source ({d}) : le Bien, puis par priorité</source>
            <translation>New in this sweep ({nv}), modified ({m}) and gone from the source ({d}): the property first, then by priority</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/report.py" line="390" />
            <source>Tous les balayages du registre ; à juger ensemble, à l’échelle de la cité entière.</source>
            <translation>Every sweep of the register; to be judged together, at the scale of the whole cité.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/report.py" line="391" />
            <source>Aucun : chaque dossier est localisé par sa parcelle, ses coordonnées ou sa géométrie.</source>
            <translation>None: every case is located by its parcel, its coordinates or its geometry.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/report.py" line="392" />
            <source>Parcelle introuvable et pas de coordonnées : on sait seulement la commune. Ces dossiers ne sont comptés ni dans le Bien ni dans la zone tampon ; la colonne « la commune » dit ce que touche leur commune. Localisez-les (parcelle, coordonnées) pour les analyser.</source>
            <translation>Parcel not found and no coordinates: only the commune is known. These cases are counted neither in the property nor in the buffer zone; the column “the commune” says what their commune touches. Locate them (parcel, coordinates) to analyse them.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/report.py" line="397" />
            <source>… {k} autres dossiers dans cases.csv et cases.gpkg.</source>
            <translation>… {k} other cases in cases.csv and cases.gpkg.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/report.py" line="398" />
            <source>Sources des données : Mission Bassin Minier / data.gouv.fr / Géo2France – Licence Ouverte 2.0. Géométries simplifiées (~10 m). Ce rapport est une aide à la veille, pas un avis.</source>
            <translation>Data sources: Mission Bassin Minier / data.gouv.fr / Géo2France – Licence Ouverte 2.0. Geometries simplified (~10 m). This report is a monitoring aid, not an opinion.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/report.py" line="408" />
            <source>priorité</source>
            <translation>priority</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/run.py" line="172" />
            <source>Balayage annulé : rien n'a été écrit dans le registre.</source>
            <translation>Sweep cancelled: nothing was written to the register.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/run.py" line="180" />
            <source>Dossier de sortie du balayage non indiqué : donnez un dossier (option --out).</source>
            <translation>No output folder given for the sweep: give a folder (option --out).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/run.py" line="183" />
            <source>Dossier de sortie {p} : c'est un fichier, pas un dossier. Indiquez un dossier (existant ou à créer).</source>
            <translation>Output folder {p}: this is a file, not a folder. Give a folder (existing or to be created).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/run.py" line="191" />
            <source>Dossier de sortie {p} : impossible de le créer ({err}). Choisissez un dossier où vous pouvez écrire.</source>
            <translation>Output folder {p}: cannot be created ({err}). Choose a folder you can write to.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/run.py" line="197" />
            <source>Dossier de sortie {p} : pas de droit d'écriture. Choisissez un dossier où vous pouvez écrire.</source>
            <translation>Output folder {p}: no write permission. Choose a folder you can write to.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/run.py" line="215" />
            <source>Import de {f}…</source>
            <translation>Importing {f}…</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/run.py" line="238" />
            <source>Aucun dossier lisible dans les sources : {s}.</source>
            <translation>No readable case in the sources: {s}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/run.py" line="454" />
            <source>cadastre Etalab</source>
            <translation>Etalab cadastre</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/run.py" line="508" />
            <source>Parcelles cadastrales des communes des dossiers…</source>
            <translation>Cadastral parcels of the cases' communes…</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/run.py" line="514" />
            <source>Géolocalisation de {n} dossiers…</source>
            <translation>Geolocating {n} cases…</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/run.py" line="519" />
            <source>Analyse et règles…</source>
            <translation>Analysis and rules…</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/run.py" line="523" />
            <source>Covisibilité par-dessus le relief…</source>
            <translation>Intervisibility over the terrain…</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/run.py" line="534" />
            <source>Comparaison avec le registre…</source>
            <translation>Comparing with the register…</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/run.py" line="546" />
            <source>{f}, ligne {n} : le dossier « {k} » n'est pas marqué « disparu » : sa ligne est là mais illisible (voir le message de cette ligne).</source>
            <translation>{f}, line {n}: case “{k}” is not marked “gone”: its line is there but unreadable (see that line's message).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/run.py" line="563" />
            <source>Le balayage n° {ids} s'était arrêté avant d'écrire ses résultats : ses nouveautés sont reprises dans ce balayage.</source>
            <translation>Sweep no. {ids} stopped before writing its results: its news are reported by this sweep.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/run.py" line="570" />
            <source>Écriture des résultats…</source>
            <translation>Writing the results…</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/run.py" line="578" />
            <source>Balayage terminé.</source>
            <translation>Sweep finished.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/run.py" line="633" />
            <source>Écriture des résultats du balayage n° {id} impossible dans {d} ({err}). Le registre est à jour ; libérez de la place ou choisissez un autre dossier, puis relancez le balayage : ses nouveautés seront reprises.</source>
            <translation>The results of sweep no. {id} cannot be written in {d} ({err}). The register is up to date; free some space or choose another folder, then run the sweep again: its news will be reported.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/run.py" line="748" />
            <source>Dossiers du balayage {n}</source>
            <translation>Cases of sweep {n}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vector_io.py" line="75" />
            <source>Impossible de lire {path} : format non reconnu ou fichier endommagé ({err}).</source>
            <translation>Cannot read {path}: format not recognised or damaged file ({err}).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vector_io.py" line="81" />
            <source>Le fichier {path} ne contient aucune couche lisible.</source>
            <translation>The file {path} holds no readable layer.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vector_io.py" line="87" />
            <source>Couche « {layer} » absente de {path}.</source>
            <translation>Layer « {layer} » missing from {path}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vector_io.py" line="110" />
            <source>une entité a une géométrie ou une valeur illisible</source>
            <translation>a feature has an unreadable geometry or value</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vector_io.py" line="111" />
            <source>Impossible de lire les entités de {path} ({err}). Corrigez ou réexportez le fichier.</source>
            <translation>Cannot read the features of {path} ({err}). Fix or export the file again.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vector_io.py" line="161" />
            <source>CSV mal formé : {path} ({err}). Vérifiez le séparateur et les guillemets.</source>
            <translation>Malformed CSV: {path} ({err}). Check the separator and the quotes.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vector_io.py" line="173" />
            <source>{path}, ligne {line} : {n} champs au lieu de {w} (séparateur « {sep} » en trop ou manquant ?) ; ligne ignorée.</source>
            <translation>{path}, line {line}: {n} fields instead of {w} (an extra or missing « {sep} » separator?); line skipped.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vector_io.py" line="183" />
            <source>CSV mal formé : {path}, ligne {line} ({err}). Vérifiez les guillemets.</source>
            <translation>Malformed CSV: {path}, line {line} ({err}). Check the quotes.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vector_io.py" line="214" />
            <source>{path}, ligne {row} : WKT illisible dans la colonne « {col} » ; entité non analysée (zone « erreur »).</source>
            <translation>{path}, line {row}: unreadable WKT in column « {col} »; feature not analysed (zone « erreur »).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vector_io.py" line="224" />
            <source>{path} : aucune colonne de géométrie trouvée. Il faut une colonne WKT (« wkt », « geometrie ») ou deux colonnes x/y (« x »/« y », « lon »/« lat »). Colonnes présentes : {cols}.</source>
            <translation>{path}: no geometry column found. A WKT column (« wkt », « geometrie ») or two x/y columns (« x »/« y », « lon »/« lat ») are needed. Columns present: {cols}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vector_io.py" line="240" />
            <source>{path}, ligne {row} : coordonnées non numériques (« {x} », « {y} ») ; ligne ignorée.</source>
            <translation>{path}, line {row}: non-numeric coordinates (« {x} », « {y} »); line skipped.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/alert_dialog.py" line="55" />
            <source>Enregistrer</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/element_chooser_dialog.py" line="27" />
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/alert_dialog.py" line="72" />
            <source>&lt;b&gt;Nouvelle alerte&lt;/b&gt; — les champs marqués * sont obligatoires. Choisissez l'élément par son nom ; le sens de chaque priorité (A à F) est expliqué sous la liste.</source>
            <translation>&lt;b&gt;New alert&lt;/b&gt; — fields marked * are required. Choose the element by its name; the meaning of each priority (A to F) is explained under the list.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/alert_dialog.py" line="122" />
            <source>{n} éléments correspondent à « {t} » : précisez le nom ou choisissez dans la liste.</source>
            <translation>{n} elements match “{t}”: make the name more precise or choose in the list.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/alert_dialog.py" line="130" />
            <source>Aucun élément du Bien ne porte le nom « {t} ».</source>
            <translation>No element of the property is named “{t}”.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/alert_dialog.py" line="148" />
            <source>— non renseigné —</source>
            <translation>— not given —</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/alert_dialog.py" line="151" />
            <source>— non renseignée —</source>
            <translation>— not given —</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/alert_dialog.py" line="232" />
            <source>&lt;b&gt;Alerte n° {id}&lt;/b&gt; — {s} ; créée le {c} par {a}, modifiée le {m} par {b}.</source>
            <translation>&lt;b&gt;Alert no. {id}&lt;/b&gt; — {s}; created on {c} by {a}, changed on {m} by {b}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/alert_dialog.py" line="242" />
            <source>Alerte n° {id} – {t}</source>
            <translation>Alert no. {id} – {t}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/alert_dialog.py" line="249" />
            <source>{name} ({size}, {at} par {who})</source>
            <translation>{name} ({size}, {at} by {who})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/alert_dialog.py" line="258" />
            <source>{name} (joint à l'enregistrement)</source>
            <translation>{name} (attached on saving)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/alert_dialog.py" line="267" />
            <source>Aucun élément : l'alerte sera placée à l'endroit cliqué.</source>
            <translation>No element: the alert will be placed where you clicked.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/alert_dialog.py" line="267" />
            <source>Aucun élément choisi : tapez son nom ci-dessus, ou fermez et utilisez l'outil « Signaler une alerte sur la carte ».</source>
            <translation>No element chosen: type its name above, or close and use the “Report an alert on the map” tool.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/alert_dialog.py" line="286" />
            <source>Joindre des fichiers</source>
            <translation>Attach files</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/alert_dialog.py" line="286" />
            <source>Photos et documents (*.jpg *.jpeg *.png *.tif *.tiff *.pdf *.odt *.docx *.txt *.eml *.msg);;Tous les fichiers (*)</source>
            <translation>Photos and documents (*.jpg *.jpeg *.png *.tif *.tiff *.pdf *.odt *.docx *.txt *.eml *.msg);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/alert_dialog.py" line="413" />
            <source>{n} octets</source>
            <translation>{n} bytes</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/alert_dialog.py" line="415" />
            <source>{n:.0f} ko</source>
            <translation>{n:.0f} kB</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/alert_dialog.py" line="416" />
            <source>{n} Mo</source>
            <translation>{n} MB</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/veille_dock.py" line="513" />
            <source>Aucun historique.</source>
            <translation>No history.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/alerts_dock.py" line="111" />
            <source>Alertes (sites en péril) – Veille patrimoniale</source>
            <translation>Alerts (sites at risk) – Heritage watch</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/alerts_dock.py" line="119" />
            <source>alertes ouvertes</source>
            <translation>open alerts</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/alerts_dock.py" line="120" />
            <source>alertes closes</source>
            <translation>closed alerts</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/alerts_dock.py" line="121" />
            <source>toutes les alertes</source>
            <translation>all alerts</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/alerts_dock.py" line="124" />
            <source>toutes priorités</source>
            <translation>all priorities</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/alerts_dock.py" line="141" />
            <source>Liste des sites en péril (HTML)…</source>
            <translation>List of sites at risk (HTML)…</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/alerts_dock.py" line="141" />
            <source>Liste des sites en péril (CSV)…</source>
            <translation>List of sites at risk (CSV)…</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/alerts_dock.py" line="141" />
            <source>Rapport périodique : facteurs × tendance (HTML)…</source>
            <translation>Periodic report: factors × trend (HTML)…</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/alerts_dock.py" line="141" />
            <source>Rapport périodique (CSV)…</source>
            <translation>Periodic report (CSV)…</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/alerts_dock.py" line="141" />
            <source>Dossier de l'alerte sélectionnée (HTML)…</source>
            <translation>File of the selected alert (HTML)…</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/alerts_dock.py" line="141" />
            <source>Dossier des éléments de l'alerte (HTML)…</source>
            <translation>File of the alert's elements (HTML)…</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/veille_dock.py" line="232" />
            <source>Registre : {r}</source>
            <translation>Register: {r}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/alerts_dock.py" line="207" />
            <source>{n} alerte(s) affichée(s) sur {t} ; {o} ouverte(s)</source>
            <translation>{n} alert(s) shown out of {t}; {o} open</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/alerts_dock.py" line="223" />
            <source>Choisissez d'abord une alerte qui vise un élément.</source>
            <translation>First choose an alert that names an element.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/alerts_dock.py" line="292" />
            <source>Alerte n° {id} enregistrée.</source>
            <translation>Alert no. {id} saved.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/alerts_dock.py" line="420" />
            <source>Sélectionnez d'abord une alerte.</source>
            <translation>Select an alert first.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/alerts_dock.py" line="363" />
            <source>— choisissez l'issue —</source>
            <translation>— choose the outcome —</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/alerts_dock.py" line="364" />
            <source>Issue :</source>
            <translation>Outcome:</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/alerts_dock.py" line="380" />
            <source>Clore l'alerte n° {id}</source>
            <translation>Close alert no. {id}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/alerts_dock.py" line="376" />
            <source>Choisissez l'issue de l'alerte (sauvegardée, perdue ou levée) :</source>
            <translation>Choose the outcome of the alert (sauvegardée, perdue or levée):</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/alerts_dock.py" line="377" />
            <source>Motif de clôture (obligatoire) :</source>
            <translation>Reason for closing (required):</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/alerts_dock.py" line="385" />
            <source>Le motif de clôture est obligatoire ; décrivez l'issue ({s}) :</source>
            <translation>The reason for closing is required; describe the outcome ({s}):</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/alerts_dock.py" line="393" />
            <source>Alerte n° {id} close ({s}).</source>
            <translation>Alert no. {id} closed ({s}).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/alerts_dock.py" line="426" />
            <source>Exporter</source>
            <translation>Export</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/alerts_dock.py" line="441" />
            <source>Cette alerte ne concerne aucun élément du Bien : exportez le dossier de l'alerte.</source>
            <translation>This alert concerns no element of the property: export the alert's file.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/analysis_dock.py" line="38" />
            <source>Analyse – Veille patrimoniale</source>
            <translation>Analysis – Heritage watch</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/rules_dock.py" line="111" />
            <source>Sélectionnez d'abord une ou plusieurs entités dans une couche vectorielle active.</source>
            <translation>Select one or more features in an active vector layer first.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/locator.py" line="104" />
            <source>Composantes</source>
            <translation>Components</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/analysis_dock.py" line="145" />
            <source>Éléments touchés</source>
            <translation>Elements touched</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/analysis_dock.py" line="150" />
            <source>Éléments à moins de {d:.0f} m</source>
            <translation>Elements within {d:.0f} m</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/analysis_dock.py" line="157" />
            <source>Élément le plus proche</source>
            <translation>Nearest element</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/analysis_dock.py" line="163" />
            <source>Alertes sur ces éléments</source>
            <translation>Alerts on these elements</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/analysis_dock.py" line="184" />
            <source>Signaler une alerte sur « {nom} »…</source>
            <translation>Report an alert on “{nom}”…</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/analysis_dock.py" line="185" />
            <source>Ouvrir le formulaire d'alerte prérempli avec {id} {nom}</source>
            <translation>Open the alert form prefilled with {id} {nom}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/analysis_dock.py" line="191" />
            <source>Signaler une alerte sur les {n} éléments touchés…</source>
            <translation>Report an alert on the {n} elements touched…</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/analysis_dock.py" line="236" />
            <source>Alerte n° {id} — {t}</source>
            <translation>Alert no. {id} — {t}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/analysis_dock.py" line="267" />
            <source>Analysez d'abord un lieu, puis choisissez un élément dans la liste.</source>
            <translation>Analyse a place first, then choose an element in the list.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/analysis_dock.py" line="279" />
            <source> – MH {p}</source>
            <translation> – MH {p}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/analysis_dock.py" line="306" />
            <source>Résultat copié dans le presse-papiers.</source>
            <translation>Result copied to the clipboard.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/rules_dock.py" line="395" />
            <source>Aucune analyse pour l'instant.</source>
            <translation>No analysis yet.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/base_dock.py" line="33" />
            <source>&lt;p&gt;Page d'aide introuvable : {p}.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Help page not found: {p}.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/base_dock.py" line="103" />
            <source>Aide de ce panneau</source>
            <translation>Help for this panel</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/base_dock.py" line="113" />
            <source>Aide – {t}</source>
            <translation>Help – {t}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/base_dock.py" line="167" />
            <source>Fiche d'analyse enregistrée : {p}</source>
            <translation>Screening note saved: {p}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/cases_model.py" line="130" />
            <source>Dossier / commune</source>
            <translation>Case / municipality</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/cases_model.py" line="132" />
            <source>Prio.</source>
            <translation>Prio.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/condition_dialog.py" line="46" />
            <source>(non précisée)</source>
            <translation>(not given)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/condition_dialog.py" line="54" />
            <source>Inscrire le constat</source>
            <translation>Record the observation</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/condition_dialog.py" line="81" />
            <source>Les éléments du Bien qui n'ont encore aucun constat.</source>
            <translation>The elements of the property that have no observation yet.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/condition_dialog.py" line="84" />
            <source>Indiquez au moins un élément (ex. 63V).</source>
            <translation>Give at least one element (e.g. 63V).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/condition_dialog.py" line="128" />
            <source>Élément(s) : indiquez au moins un identifiant (ex. 63V).</source>
            <translation>Element(s): give at least one identifier (e.g. 63V).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/condition_dialog.py" line="138" />
            <source>État : choisissez l'état constaté.</source>
            <translation>State: choose the state observed.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/element_chooser_dialog.py" line="24" />
            <source>Signaler une alerte – choisir l'élément</source>
            <translation>Report an alert – choose the element</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/element_chooser_dialog.py" line="26" />
            <source>Signaler une alerte</source>
            <translation>Report an alert</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/element_chooser_dialog.py" line="31" />
            <source>{n} élément(s) du Bien à l'endroit cliqué ou à moins de {r} m, le plus proche d'abord : choisissez celui que l'alerte concerne.</source>
            <translation>{n} element(s) of the property at the place clicked or within {r} m, nearest first: choose the one the alert concerns.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/element_chooser_dialog.py" line="31" />
            <source>Aucun élément du Bien à moins de {r} m de l'endroit cliqué.</source>
            <translation>No element of the property within {r} m of the place clicked.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/element_chooser_dialog.py" line="40" />
            <source>sur l'élément</source>
            <translation>on the element</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/element_chooser_dialog.py" line="40" />
            <source>à {d} m</source>
            <translation>{d} m away</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/element_chooser_dialog.py" line="41" />
            <source>{nom}
    {id} – {communes} – {where}</source>
            <translation>{nom}
    {id} – {communes} – {where}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/element_chooser_dialog.py" line="50" />
            <source>Aucun de ces éléments : alerte placée à l'endroit cliqué</source>
            <translation>None of these elements: alert placed where clicked</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/options_page.py" line="51" />
            <source>aucun fond de plan</source>
            <translation>no basemap</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/options_page.py" line="67" />
            <source>Jeu utilisé : {v}</source>
            <translation>Data set in use: {v}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/options_page.py" line="72" />
            <source>Catalogue en vigueur : {n}, version {v} ({f})</source>
            <translation>Catalogue in force: {n}, version {v} ({f})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/options_page.py" line="80" />
            <source>Catalogue de règles</source>
            <translation>Rules catalogue</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/options_page.py" line="80" />
            <source>Catalogues (*.yaml *.yml *.json)</source>
            <translation>Catalogues (*.yaml *.yml *.json)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/options_page.py" line="88" />
            <source>GeoPackage de référence</source>
            <translation>Reference GeoPackage</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/plugin.py" line="372" />
            <source>Veille patrimoniale</source>
            <translation>Heritage watch</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/options_page.py" line="106" />
            <source>Réglage non enregistré : {err}</source>
            <translation>Setting not saved: {err}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/options_page.py" line="117" />
            <source>Adresse des fonds de plan non enregistrée : « {u} » n'est pas une adresse http(s).</source>
            <translation>Basemap address not saved: «{u}» is not an http(s) address.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/options_page.py" line="127" />
            <source>Adresse de l'API Carto non enregistrée : « {u} » n'est pas une adresse http(s).</source>
            <translation>API Carto address not saved: “{u}” is not an http(s) address.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/options_page.py" line="136" />
            <source>Adresse du profil altimétrique non enregistrée : « {u} » n'est pas une adresse http(s).</source>
            <translation>Elevation profile address not saved: “{u}” is not an http(s) address.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/options_page.py" line="158" />
            <source>Catalogue refusé ; le catalogue précédent reste en vigueur.

{err}</source>
            <translation>Catalogue refused; the previous catalogue stays in force.

{err}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/plu_dock.py" line="62" />
            <source>Couleurs des changements (tableau et couche) :</source>
            <translation>Colours of the changes (table and layer):</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/plu_dock.py" line="150" />
            <source>PLU – Veille patrimoniale</source>
            <translation>PLU – Heritage watch</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/plu_dock.py" line="165" />
            <source>tous les changements</source>
            <translation>all changes</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/plu_dock.py" line="168" />
            <source>Montrer un seul type de changement</source>
            <translation>Show one kind of change only</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/plu_dock.py" line="175" />
            <source>Fichier(s) ou GeoPackage…</source>
            <translation>File(s) or GeoPackage…</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/plu_dock.py" line="178" />
            <source>Dossier…</source>
            <translation>Folder…</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/plu_dock.py" line="179" />
            <source>Couches sélectionnées dans le projet</source>
            <translation>Layers selected in the project</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/plu_dock.py" line="267" />
            <source>Version du PLU</source>
            <translation>PLU version</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/plu_dock.py" line="267" />
            <source>PLU CNIG (*.gpkg *.shp *.geojson *.json *.zip);;Tous les fichiers (*)</source>
            <translation>CNIG PLU (*.gpkg *.shp *.geojson *.json *.zip);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/plu_dock.py" line="274" />
            <source>Dossier de la version du PLU</source>
            <translation>Folder of the PLU version</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/plu_dock.py" line="286" />
            <source>Aucune couche sélectionnée : sélectionnez dans le panneau Couches les tables de cette version du PLU (ZONE_URBA, PRESCRIPTION_*, INFO_*).</source>
            <translation>No layer selected: select in the Layers panel the tables of this PLU version (ZONE_URBA, PRESCRIPTION_*, INFO_*).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/plu_dock.py" line="298" />
            <source>Couche(s) impossibles à lire : {n}. Enregistrez-les en GeoPackage (clic droit &gt; Exporter) puis choisissez le fichier.</source>
            <translation>Layer(s) that cannot be read: {n}. Save them as GeoPackage (right click &gt; Export) then choose the file.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/sweep.py" line="111" />
            <source>Dossier des résultats</source>
            <translation>Results folder</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/plu_dock.py" line="324" />
            <source>Choisissez les deux versions du PLU à comparer (en vigueur et projet).</source>
            <translation>Choose the two PLU versions to compare (in force and draft).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/plu_dock.py" line="380" />
            <source>Accepter le changement</source>
            <translation>Accept the change</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/plu_dock.py" line="380" />
            <source>La réponse du Géoportail de l'Urbanisme pour {c} a perdu plus de la moitié de ce que gardait la version précédente.

Si ce changement est réel (révision, nouveau document), la nouvelle version sera gardée et l'acceptation écrite dans l'historique à votre nom. Sinon, attendez et vérifiez plus tard.

Garder la nouvelle version ?</source>
            <translation>The answer of the Géoportail de l'Urbanisme for {c} lost more than half of what the previous version held.

If this change is real (revision, new document), the new version will be kept and the acceptance written in the history under your name. Otherwise, wait and check later.

Keep the new version?</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/plu_dock.py" line="421" />
            <source>Vérification en cours…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/plu_dock.py" line="437" />
            <source>Vérification interrompue.</source>
            <translation>Check interrupted.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/plu_dock.py" line="441" />
            <source>… {n} communes en tout : {c}.</source>
            <translation>… {n} communes in all: {c}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/plu_dock.py" line="456" />
            <source>Veille des PLU : {c}.</source>
            <translation>PLU watch: {c}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/plu_dock.py" line="520" />
            <source>Ces deux instantanés ne couvrent pas une même commune : tapez son nom ou son code INSEE.</source>
            <translation>These two snapshots do not cover one same commune: type its name or INSEE code.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/plu_dock.py" line="558" />
            <source>Comparaison interrompue.</source>
            <translation>Comparison interrupted.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/plu_dock.py" line="579" />
            <source>&lt;b&gt;{n} changement(s)&lt;/b&gt; ; zones agricoles ou naturelles ouvertes à l'urbanisation : {o} ha, dont {b} ha dans le Bien, {z} ha en zone tampon, {p} ha près des éléments.</source>
            <translation>&lt;b&gt;{n} change(s)&lt;/b&gt;; agricultural or natural zones opened to development: {o} ha, of which {b} ha in the Property, {z} ha in the buffer zone, {p} ha near the elements.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/plu_dock.py" line="595" />
            <source>Contrôle R13–R18 et R28 : {n} constat(s)</source>
            <translation>Check R13–R18 and R28: {n} finding(s)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/plu_dock.py" line="595" />
            <source> : aucun.</source>
            <translation>: none.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/plu_dock.py" line="601" />
            <source>{n} anomalie(s) dans les données (dont {e} erreur(s)) : voir anomalies.csv.</source>
            <translation>{n} anomaly(ies) in the data (of which {e} error(s)): see anomalies.csv.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/plu_dock.py" line="609" />
            <source>Comparaison terminée : {n} changement(s) ; rapport : {r}</source>
            <translation>Comparison finished: {n} change(s); report: {r}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/plu_dock.py" line="676" />
            <source>Couche des changements illisible : {p}</source>
            <translation>Changes layer unreadable: {p}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/plu_dock.py" line="683" />
            <source>Changements du PLU (lignes)</source>
            <translation>PLU changes (lines)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/plu_dock.py" line="683" />
            <source>Changements du PLU (points)</source>
            <translation>PLU changes (points)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/reports_dock.py" line="33" />
            <source>Rapports – Veille patrimoniale</source>
            <translation>Reports – Heritage watch</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/reports_dock.py" line="42" />
            <source>tous</source>
            <translation>all</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/reports_dock.py" line="84" />
            <source>Écriture en cours…</source>
            <translation>Writing…</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/reports_dock.py" line="100" />
            <source>Rapport non écrit.</source>
            <translation>Report not written.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/reports_dock.py" line="103" />
            <source>{n} dossier(s) nouveau(x), {a} décision(s) attendue(s), {u} autorisé(s) sans avis, {o} alerte(s) ouverte(s).</source>
            <translation>{n} new case(s), {a} decision(s) awaited, {u} authorised without an opinion, {o} alert(s) opened.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/reports_dock.py" line="115" />
            <source>{n} fiche(s) de suivi écrite(s).</source>
            <translation>{n} follow-up file(s) written.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/reports_dock.py" line="116" />
            <source>{n} fichier(s) : {f}</source>
            <translation>{n} file(s): {f}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/rules_dock.py" line="65" />
            <source>Règles – Veille patrimoniale</source>
            <translation>Rules – Heritage watch</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/rules_dock.py" line="135" />
            <source>Emprise : {n} géométrie(s) ({k})</source>
            <translation>Footprint: {n} geometry(ies) ({k})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/rules_dock.py" line="178" />
            <source>Indiquez d'abord l'emprise du projet : dessinez-la, pointez-la ou utilisez la sélection.</source>
            <translation>Give the project's footprint first: draw it, point at it or use the selection.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/rules_dock.py" line="202" />
            <source>Covisibilité par-dessus le relief : indiquez la hauteur du projet (son sommet est ce qu'on voit).</source>
            <translation>Intervisibility over the terrain: give the height of the project (its top is what is seen).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/rules_dock.py" line="215" />
            <source>Covisibilité par-dessus le relief : profils du terrain demandés à la Géoplateforme…</source>
            <translation>Intervisibility over the terrain: terrain profiles asked of the Géoplateforme…</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/rules_dock.py" line="242" />
            <source>&lt;b&gt;{zone}&lt;/b&gt;&lt;br/&gt;Sévérité : &lt;b&gt;{sev}&lt;/b&gt; — consultations : {c}</source>
            <translation>&lt;b&gt;{zone}&lt;/b&gt;&lt;br/&gt;Severity: &lt;b&gt;{sev}&lt;/b&gt; — consultations: {c}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/rules_dock.py" line="242" />
            <source>Priorité : &lt;b&gt;{p}&lt;/b&gt; — {why}</source>
            <translation>Priority: &lt;b&gt;{p}&lt;/b&gt; — {why}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/rules_dock.py" line="322" />
            <source>Règles : {n}, version {v}</source>
            <translation>Rules: {n}, version {v}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/rules_dock.py" line="338" />
            <source>Consultations : {c}</source>
            <translation>Consultations: {c}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/rules_dock.py" line="341" />
            <source>Priorité : {p} — {why}</source>
            <translation>Priority: {p} — {why}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/rules_dock.py" line="350" />
            <source>Règles v{v} ; données : {d}</source>
            <translation>Rules v{v}; data: {d}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/rules_dock.py" line="352" />
            <source>Verdicts copiés dans le presse-papiers.</source>
            <translation>Verdicts copied to the clipboard.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/rules_dock.py" line="357" />
            <source>Appliquez d'abord les règles à un projet.</source>
            <translation>Apply the rules to a project first.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/veille_dock.py" line="670" />
            <source>Fiche d'analyse</source>
            <translation>Screening note</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/rules_dock.py" line="360" />
            <source>PDF (*.pdf);;HTML (*.html)</source>
            <translation>PDF (*.pdf);;HTML (*.html)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/rules_dock.py" line="373" />
            <source>Fondements des règles</source>
            <translation>Foundations of the rules</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/rules_dock.py" line="394" />
            <source>Emprise : aucune</source>
            <translation>Footprint: none</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/veille_dock.py" line="84" />
            <source>Listes Sitadel (DiDo) : mois {m} récupérés ({n} fichier(s) mensuel(s)).</source>
            <translation>Sitadel lists (DiDo): months {m} fetched ({n} monthly file(s)).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/veille_dock.py" line="101" />
            <source>Permis – Veille patrimoniale</source>
            <translation>Permits – Heritage watch</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/veille_dock.py" line="119" />
            <source>toutes zones</source>
            <translation>all zones</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/veille_dock.py" line="119" />
            <source>toutes sévérités</source>
            <translation>all severities</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/veille_dock.py" line="119" />
            <source>tous statuts</source>
            <translation>all statuses</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/veille_dock.py" line="239" />
            <source>tous EPCI</source>
            <translation>all EPCI</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/veille_dock.py" line="221" />
            <source>Lecture du registre…</source>
            <translation>Reading the register…</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/veille_dock.py" line="229" />
            <source>Lecture du registre interrompue.</source>
            <translation>Reading of the register interrupted.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/veille_dock.py" line="231" />
            <source>registre par défaut</source>
            <translation>default register</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/veille_dock.py" line="260" />
            <source> — {n} nouveaux, {m} modifiés, {d} disparus</source>
            <translation> — {n} new, {m} modified, {d} gone</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/veille_dock.py" line="267" />
            <source>n°{id} du {when} ({status}){found}</source>
            <translation>no. {id} of {when} ({status}){found}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/veille_dock.py" line="277" />
            <source>Dossier : {d}</source>
            <translation>Folder: {d}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/veille_dock.py" line="277" />
            <source>Rapport non conservé : balayage fait avant les dossiers datés.</source>
            <translation>Report not kept: sweep made before the dated folders.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/veille_dock.py" line="285" />
            <source>aucun balayage</source>
            <translation>no sweep</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/veille_dock.py" line="293" />
            <source>Ouvrir le rapport de ce balayage : {p}</source>
            <translation>Open this sweep's report: {p}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/veille_dock.py" line="293" />
            <source>Ce balayage n'a pas de rapport conservé (fait avant les dossiers datés, ou interrompu).</source>
            <translation>This sweep has no kept report (made before the dated folders, or interrupted).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/veille_dock.py" line="310" />
            <source>Rapport introuvable pour ce balayage{p} : il a peut-être été déplacé ou supprimé.</source>
            <translation>Report not found for this sweep{p}: it may have been moved or deleted.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/veille_dock.py" line="340" />
            <source>Ouvrir un registre de veille</source>
            <translation>Open a watch register</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/veille_dock.py" line="351" />
            <source>Registre PostGIS</source>
            <translation>PostGIS register</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/veille_dock.py" line="351" />
            <source>Connexion sans mot de passe : « service=veille » ou « host=… dbname=… », suivie de « authcfg=identifiant » (configuration d'authentification QGIS) :</source>
            <translation>Connection without a password: « service=veille » or « host=… dbname=… », followed by « authcfg=identifier » (QGIS authentication configuration):</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/veille_dock.py" line="365" />
            <source>N'indiquez pas de mot de passe : utilisez une configuration d'authentification QGIS (authcfg=…) ou un service libpq.</source>
            <translation>Do not give a password: use a QGIS authentication configuration (authcfg=…) or a libpq service.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/veille_dock.py" line="452" />
            <source>{n} dossier(s) affiché(s) sur {t}</source>
            <translation>{n} case(s) shown out of {t}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/veille_dock.py" line="532" />
            <source>Ce dossier n'est pas localisé.</source>
            <translation>This case is not located.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/veille_dock.py" line="701" />
            <source>Sélectionnez d'abord un dossier.</source>
            <translation>Select a case first.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/veille_dock.py" line="578" />
            <source>Suivi du dossier {n} enregistré.</source>
            <translation>Follow-up of case {n} saved.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/veille_dock.py" line="587" />
            <source>Choisissez l'avis : le statut « avis émis » le suit.</source>
            <translation>Choose the opinion: the status “opinion given” follows it.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/veille_dock.py" line="644" />
            <source>Suites du dossier {n} : {k} changement(s) enregistré(s).</source>
            <translation>Follow-up of case {n}: {k} change(s) saved.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/veille_dock.py" line="660" />
            <source>Ce dossier n'est pas localisé : localisez-le (parcelle ou coordonnées) pour produire sa fiche.</source>
            <translation>This case is not located: locate it (parcel or coordinates) to produce its fiche.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/veille_dock.py" line="670" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/veille_dock.py" line="734" />
            <source>{f} — lu le {d}</source>
            <translation>{f} — read on {d}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/veille_dock.py" line="734" />
            <source>{f} — pas encore lu</source>
            <translation>{f} — not read yet</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/veille_dock.py" line="750" />
            <source>Liste des sources non mémorisée : {e}</source>
            <translation>Source list not remembered: {e}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/veille_dock.py" line="761" />
            <source>Listes de permis</source>
            <translation>Permit lists</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/veille_dock.py" line="761" />
            <source>Listes de permis (*.csv *.txt *.xlsx *.gpkg *.geojson *.shp)</source>
            <translation>Permit lists (*.csv *.txt *.xlsx *.gpkg *.geojson *.shp)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/veille_dock.py" line="779" />
            <source>Couche des parcelles</source>
            <translation>Parcel layer</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/sweep.py" line="86" />
            <source>Couches (*.geojson *.json *.gpkg *.shp)</source>
            <translation>Layers (*.geojson *.json *.gpkg *.shp)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/veille_dock.py" line="798" />
            <source>Ajoutez au moins une liste de permis à balayer, ou cochez « Listes Sitadel (DiDo) ».</source>
            <translation>Add at least one permit list to sweep, or tick “Sitadel lists (DiDo)”.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/veille_dock.py" line="842" />
            <source>Balayage interrompu.</source>
            <translation>Sweep interrupted.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/veille_dock.py" line="856" />
            <source>Balayage n°{id} : {nv} nouveaux, {m} modifiés, {d} disparus — {f} Rapport : {r}</source>
            <translation>Sweep no. {id}: {nv} new, {m} modified, {d} gone — {f} Report: {r}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/veille_dock.py" line="856" />
            <source>Balayage n°{id} : {nv} nouveaux, {m} modifiés, {d} disparus — rapport : {r}</source>
            <translation>Sweep no. {id}: {nv} new, {m} modified, {d} gone — report: {r}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/plugin.py" line="86" />
            <source>Charger les couches de référence</source>
            <translation>Load the reference layers</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/plugin.py" line="89" />
            <source>Analyse de localisation</source>
            <translation>Location analysis</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/plugin.py" line="96" />
            <source>Règles du plan de gestion</source>
            <translation>Management plan rules</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/plugin.py" line="103" />
            <source>Veille des permis</source>
            <translation>Permit monitoring</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/plugin.py" line="110" />
            <source>Alertes : sites en péril</source>
            <translation>Alerts: sites at risk</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/plugin.py" line="117" />
            <source>Signaler une alerte sur la carte</source>
            <translation>Report an alert on the map</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/plugin.py" line="124" />
            <source>Signaler une alerte sur la carte : cliquez sur un lieu, choisissez l'élément par son nom, le formulaire s'ouvre prérempli</source>
            <translation>Report an alert on the map: click a place, choose the element by its name, the form opens prefilled</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/plugin.py" line="130" />
            <source>Veille des PLU</source>
            <translation>PLU monitoring</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/plugin.py" line="145" />
            <source>À propos et sources des données</source>
            <translation>About and data sources</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/plugin.py" line="176" />
            <source>Deux copies de {lib} sont chargées dans QGIS ({copies}). Une roue pip (shapely, pyproj, pyogrio…) embarque sa propre copie et peut faire planter QGIS : installez cette bibliothèque depuis votre distribution (OSGeo4W, paquets Debian/Ubuntu, installateur macOS).</source>
            <translation>Two copies of {lib} are loaded in QGIS ({copies}). A pip wheel (shapely, pyproj, pyogrio…) bundles its own copy and can crash QGIS: install this library from your distribution (OSGeo4W, Debian/Ubuntu packages, macOS installer).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/plugin.py" line="273" />
            <source>Fonds de plan</source>
            <translation>Basemaps</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/plugin.py" line="276" />
            <source>Fond de plan : {t}</source>
            <translation>Basemap: {t}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/plugin.py" line="285" />
            <source>Fonds de plan : Plan IGN, photographies aériennes, parcelles cadastrales</source>
            <translation>Basemaps: Plan IGN, aerial photographs, cadastral parcels</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/plugin.py" line="343" />
            <source>Couches de référence chargées ({v}).</source>
            <translation>Reference layers loaded ({v}).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/plugin.py" line="372" />
            <source>Données de référence prêtes pour l'analyse ({s:.1f} s).</source>
            <translation>Reference data ready for screening ({s:.1f} s).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/plugin.py" line="501" />
            <source>Cliquez sur la carte à l'endroit de l'alerte : les éléments du Bien qui s'y trouvent seront listés.</source>
            <translation>Click the map where the alert is: the elements of the property there will be listed.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/plugin.py" line="557" />
            <source>{n} constat(s) d'état inscrit(s) au registre.</source>
            <translation>{n} condition observation(s) recorded in the register.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/plugin.py" line="580" />
            <source>Une alerte se rattache à un élément du Bien : cherchez l'élément (bâti, cité, terril…).</source>
            <translation>An alert belongs to an element of the property: search for the element (building, cité, spoil heap…).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/plugin.py" line="630" />
            <source>{s}, à confirmer</source>
            <translation>{s}, to be confirmed</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/plugin.py" line="631" />
            <source>{nom} : {statut}</source>
            <translation>{nom}: {statut}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/alerts_export.py" line="39" />
            <source>Registre de veille (.gpkg, ou service=… / postgresql://… ; vide = registre configuré)</source>
            <translation>Monitoring register (.gpkg, or service=… / postgresql://…; empty = configured register)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/alerts_export.py" line="46" />
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/alerts_export.py" line="46" />
            <source>Rapport périodique (facteurs × tendance)</source>
            <translation>Periodic report (factors × trend)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/alerts_export.py" line="46" />
            <source>Dossier d'un élément</source>
            <translation>File of an element</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/alerts_export.py" line="58" />
            <source>Élément (identifiant, pour le dossier), ex. 19D</source>
            <translation>Element (identifier, for the file), e.g. 19D</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/alerts_export.py" line="63" />
            <source>Seulement les alertes ouvertes</source>
            <translation>Only the open alerts</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/alerts_export.py" line="69" />
            <source>Alertes exportées</source>
            <translation>Alerts exported</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/alerts_export.py" line="93" />
            <source>{n} alerte(s) ; fichier écrit : {p}</source>
            <translation>{n} alert(s); file written: {p}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/apply_rules.py" line="81" />
            <source>Couche des dossiers</source>
            <translation>Layer of cases</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/apply_rules.py" line="84" />
            <source>Champ du type de dossier (PC, PD, PA, DP, projet, plu)</source>
            <translation>Case type field (PC, PD, PA, DP, projet, plu)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/apply_rules.py" line="92" />
            <source>Type par défaut (champ absent ou vide)</source>
            <translation>Default type (field missing or empty)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/apply_rules.py" line="100" />
            <source>Champ de la nature des travaux</source>
            <translation>Nature of works field</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/apply_rules.py" line="108" />
            <source>Champ de la nature du projet (éolienne, infrastructure…)</source>
            <translation>Kind of project field (wind turbine, infrastructure…)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/apply_rules.py" line="116" />
            <source>Champ de la hauteur (m)</source>
            <translation>Height field (m)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/screen_layer.py" line="52" />
            <source>Distance de recherche des éléments proches</source>
            <translation>Search distance for nearby elements</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/apply_rules.py" line="126" />
            <source>Catalogue de règles (YAML ou JSON ; vide = catalogue en vigueur)</source>
            <translation>Rules catalogue (YAML or JSON; empty = catalogue in force)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/apply_rules.py" line="134" />
            <source>Covisibilité par-dessus le relief pour R03, R09, R10 (altimétrie de la Géoplateforme, en ligne)</source>
            <translation>Covisibility over the relief for R03, R09, R10 (Géoplateforme altimetry, online)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/apply_rules.py" line="139" />
            <source>Pour les dossiers dont la hauteur est connue, trace la ligne de vue entre le projet et les monuments, terrils et chevalements que ces règles nomment, sur le profil RGE ALTI (5 requêtes par seconde au plus, profils gardés en cache). Le bâti et la végétation ne sont pas pris en compte ; hors ligne, la réponse est « inconnu (hors ligne) ».</source>
            <translation>For cases whose height is known, draws the sight line between the project and the monuments, spoil heaps and headframes these rules name, over the RGE ALTI profile (at most 5 requests per second, profiles kept in a cache). Buildings and vegetation are not taken into account; offline, the answer is “unknown (offline)”.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/apply_rules.py" line="148" />
            <source>Adresse du service de profil altimétrique (vide = Géoplateforme ou réglage du plugin)</source>
            <translation>Address of the elevation profile service (empty = Géoplateforme or the plugin setting)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/apply_rules.py" line="155" />
            <source>Dossiers analysés</source>
            <translation>Cases analysed</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/screen_layer.py" line="71" />
            <source>Couche d'entrée invalide.</source>
            <translation>Invalid input layer.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/apply_rules.py" line="180" />
            <source>Règles : {n} v{v} ; données : {d}</source>
            <translation>Rules: {n} v{v}; data: {d}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/screen_layer.py" line="89" />
            <source>entité {fid}</source>
            <translation>feature {fid}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/apply_rules.py" line="248" />
            <source>{n} dossiers ; sévérité : {s}</source>
            <translation>{n} cases; severity: {s}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/apply_rules.py" line="254" />
            <source>Priorités (écrites dans cet ordre) : {p}</source>
            <translation>Priorities (written in this order): {p}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/apply_rules.py" line="264" />
            <source>{e} ({r}) : {a}</source>
            <translation>{e} ({r}): {a}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/cycle_reports.py" line="38" />
            <source>Rapport</source>
            <translation>Report</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/cycle_reports.py" line="38" />
            <source>Fiches des éléments</source>
            <translation>Element files</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/cycle_reports.py" line="53" />
            <source>Registre de veille (.gpkg, ou service=… ; vide = registre par défaut)</source>
            <translation>Watch register (.gpkg, or service=…; empty = default register)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/cycle_reports.py" line="60" />
            <source>Début (jj/mm/aaaa ; vide = il y a 30 jours)</source>
            <translation>Start (dd/mm/yyyy; empty = 30 days ago)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/cycle_reports.py" line="63" />
            <source>Fin, incluse (vide = aujourd'hui)</source>
            <translation>End, included (empty = today)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/cycle_reports.py" line="64" />
            <source>EPCI (vide = tous)</source>
            <translation>EPCI (empty = all)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/cycle_reports.py" line="65" />
            <source>Éléments (ex. 63V, 19D ; vide = tous)</source>
            <translation>Elements (e.g. 63V, 19D; empty = all)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/cycle_reports.py" line="68" />
            <source>Commune du porté à connaissance (code INSEE)</source>
            <translation>Commune of the porté à connaissance (INSEE code)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/plu_watch.py" line="75" />
            <source>Rapports écrits (séparés par « ; »)</source>
            <translation>Reports written (separated by “;”)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/cycle_reports.py" line="75" />
            <source>Dossiers nouveaux sur la période</source>
            <translation>New cases over the period</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/reports_task.py" line="39" />
            <source>Indiquez la commune (code INSEE) du porté à connaissance.</source>
            <translation>Give the commune (INSEE code) of the porté à connaissance.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/cycle_reports.py" line="125" />
            <source>{n} fichier(s) écrit(s) dans {d}.</source>
            <translation>{n} file(s) written in {d}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/plu_diff.py" line="43" />
            <source>Version en vigueur (GeoPackage, ZIP ou fichier ; un dossier : indiquez-le tel quel)</source>
            <translation>Version in force (GeoPackage, ZIP or file; a folder: give it as it is)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/plu_diff.py" line="50" />
            <source>Projet / nouvelle version</source>
            <translation>Draft / new version</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/plu_diff.py" line="53" />
            <source>Commune (code INSEE ; vide = toutes)</source>
            <translation>Commune (INSEE code; empty = all)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/plu_diff.py" line="56" />
            <source>Distance aux éléments</source>
            <translation>Distance to the elements</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/plu_diff.py" line="59" />
            <source>Contrôler le projet avec les règles R13–R18 et R28</source>
            <translation>Check the draft with rules R13–R18 and R28</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/sweep.py" line="112" />
            <source>Rapport HTML</source>
            <translation>HTML report</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/plu_diff.py" line="67" />
            <source>Nombre de changements</source>
            <translation>Number of changes</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/plu_diff.py" line="68" />
            <source>Ouverture à l'urbanisation (ha)</source>
            <translation>Opened to development (ha)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/plu_task.py" line="26" />
            <source>Comparaison annulée : aucun fichier n'a été écrit.</source>
            <translation>Comparison cancelled: no file was written.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/plu_diff.py" line="111" />
            <source>{n} changement(s) ; rapport : {r}</source>
            <translation>{n} change(s); report: {r}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/plu_watch.py" line="40" />
            <source>Communes (codes INSEE séparés par des virgules ; vide = celles du Bien et de la zone tampon)</source>
            <translation>Communes (INSEE codes separated by commas; empty = those of the property and the buffer zone)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/sweep.py" line="101" />
            <source>Registre de veille (.gpkg, ou service=… / postgresql://… ; vide = registre par défaut)</source>
            <translation>Monitoring register (.gpkg, or service=… / postgresql://…; empty = default register)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/plu_watch.py" line="54" />
            <source>Adresse du module GPU de l'API Carto</source>
            <translation>Address of the API Carto GPU module</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/sweep.py" line="108" />
            <source>Auteur enregistré dans l'historique</source>
            <translation>Author recorded in the history</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/plu_watch.py" line="60" />
            <source>Accepter un changement important (une version qui a perdu plus de la moitié de ses zones ; l'acceptation est écrite dans l'historique)</source>
            <translation>Accept a large change (a version that lost more than half of its zones; the acceptance is written in the history)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/plu_watch.py" line="72" />
            <source>Numéro de l'exécution dans le registre</source>
            <translation>Number of the run in the register</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/plu_watch.py" line="73" />
            <source>Communes dont le PLU a changé</source>
            <translation>Communes whose PLU changed</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/plu_watch.py" line="74" />
            <source>Communes non lues</source>
            <translation>Communes not read</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/provider.py" line="17" />
            <source>Veille patrimoniale – Bassin minier</source>
            <translation>Heritage watch – Mining basin</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/screen_layer.py" line="51" />
            <source>Couche à analyser</source>
            <translation>Layer to analyse</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/screen_layer.py" line="56" />
            <source>Éléments du Bien situés à moins de cette distance (en mètres, mesurée en Lambert-93).</source>
            <translation>Elements of the property within this distance (in metres, measured in Lambert-93).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/screen_layer.py" line="58" />
            <source>Couche analysée</source>
            <translation>Analysed layer</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/screen_layer.py" line="84" />
            <source>Jeu de référence : {v}</source>
            <translation>Reference data set: {v}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/screen_layer.py" line="126" />
            <source>{n} entités : {bien} dans le Bien, {zone_tampon} en zone tampon, {hors} hors, {commune} localisées à la commune seulement (jamais comptées dans le Bien ni la zone tampon), {erreur} en erreur.</source>
            <translation>{n} features: {bien} in the property, {zone_tampon} in the buffer zone, {hors} outside, {commune} located by their commune only (never counted in the property or the buffer zone), {erreur} in error.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/sweep.py" line="58" />
            <source>Listes de permis (fichiers)</source>
            <translation>Permit lists (files)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/sweep.py" line="63" />
            <source>Listes Sitadel (DiDo) : récupérer les mois nouveaux de l'API DiDo (communes du bassin) et les balayer</source>
            <translation>Sitadel lists (DiDo): fetch the new months from the DiDo API (communes of the basin) and sweep them</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/sweep.py" line="73" />
            <source>Format des sources</source>
            <translation>Format of the sources</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/sweep.py" line="76" />
            <source>Correspondance de colonnes enregistrée (exports ADS)</source>
            <translation>Saved column mapping (ADS exports)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/sweep.py" line="81" />
            <source>Nom du flux de la source (pour détecter les dossiers disparus)</source>
            <translation>Name of the source's feed (to detect gone cases)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/sweep.py" line="86" />
            <source>Couche des parcelles cadastrales</source>
            <translation>Cadastral parcel layer</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/sweep.py" line="94" />
            <source>Sans couche : télécharger les parcelles des communes des dossiers (cadastre Etalab, en cache)</source>
            <translation>Without a layer: download the parcels of the cases' communes (Etalab cadastre, cached)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/sweep.py" line="113" />
            <source>Dossiers du balayage</source>
            <translation>Cases of the sweep</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/sweep.py" line="114" />
            <source>Dossiers nouveaux</source>
            <translation>New cases</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/sweep.py" line="115" />
            <source>Dossiers modifiés</source>
            <translation>Modified cases</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/sweep.py" line="128" />
            <source>Indiquez au moins une liste de permis, ou les listes Sitadel (DiDo).</source>
            <translation>Give at least one permit list, or the Sitadel lists (DiDo).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/sweep.py" line="192" />
            <source>Balayage n°{id} : {n} dossiers, {nv} nouveaux, {m} modifiés, {i} inchangés, {d} disparus.</source>
            <translation>Sweep no. {id}: {n} cases, {nv} new, {m} modified, {i} unchanged, {d} gone.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/alert_layer.py" line="61" />
            <source>priorité non renseignée</source>
            <translation>priority not given</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/alert_layer.py" line="87" />
            <source>Alertes – sites en péril (ouvertes)</source>
            <translation>Alerts – sites at risk (open)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/alert_layer.py" line="91" />
            <source>Couche des alertes illisible ({u}) : {e}</source>
            <translation>Alerts layer unreadable ({u}): {e}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/basemaps.py" line="91" />
            <source>Fond de plan ajouté : {t}.</source>
            <translation>Basemap added: {t}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/basemaps.py" line="93" />
            <source>Fond de plan « {t} » indisponible : {h} ne répond pas ({e}). Êtes-vous hors ligne ? Les analyses n'en ont pas besoin ; la couche s'affichera une fois la connexion rétablie, ou indiquez un miroir dans les options de Veille patrimoniale.</source>
            <translation>Basemap «{t}» unavailable: {h} does not answer ({e}). Are you offline? The analyses do not need it; the layer will show once the connection is back, or give a mirror in the Veille patrimoniale options.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/case_list_task.py" line="13" />
            <source>Veille patrimoniale : lecture du registre</source>
            <translation>Heritage watch: reading the register</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/covisibility_task.py" line="17" />
            <source>Veille patrimoniale : covisibilité par-dessus le relief</source>
            <translation>Heritage watch: intervisibility over the terrain</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/locator.py" line="30" />
            <source>Ctrl+Entrée ou clic droit : signaler une alerte</source>
            <translation>Ctrl+Enter or right click: report an alert</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/locator.py" line="65" />
            <source>Bassin minier UNESCO – éléments</source>
            <translation>UNESCO mining basin – elements</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/locator.py" line="105" />
            <source>Cités ERBM</source>
            <translation>ERBM cités</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/locator.py" line="108" />
            <source>Fosses (puits de mines)</source>
            <translation>Pits (mine shafts)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/locator.py" line="114" />
            <source>Meilleure correspondance</source>
            <translation>Best match</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/locator.py" line="125" />
            <source>Signaler une alerte (site en péril)</source>
            <translation>Report an alert (site at risk)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/locator.py" line="130" />
            <source>Fiche de suivi de l'élément</source>
            <translation>Element follow-up file</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/note_pdf.py" line="76" />
            <source>Carte SVG illisible par Qt : la fiche PDF ne peut pas être produite.</source>
            <translation>SVG map unreadable by Qt: the PDF note cannot be produced.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/note_pdf.py" line="103" />
            <source>Fond : {a}</source>
            <translation>Basemap: {a}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/note_pdf.py" line="203" />
            <source>La fiche PDF n'a pas pu être écrite : {p}.</source>
            <translation>The PDF note could not be written: {p}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/note_pdf.py" line="240" />
            <source>Impossible d'écrire la fiche PDF : {p}.</source>
            <translation>Cannot write the PDF note: {p}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/note_pdf.py" line="262" />
            <source>page {n} / {t}</source>
            <translation>page {n} / {t}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/note_pdf.py" line="298" />
            <source>PDF non produit ({err}) ; la fiche HTML est enregistrée.</source>
            <translation>PDF not produced ({err}); the HTML note is saved.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/plu_task.py" line="14" />
            <source>Veille patrimoniale : comparaison de PLU</source>
            <translation>Heritage watch: PLU comparison</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/plu_watch_task.py" line="14" />
            <source>Veille patrimoniale : PLU en ligne</source>
            <translation>Heritage watch: PLUs online</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/plu_watch_task.py" line="47" />
            <source>Veille patrimoniale : comparaison d'instantanés de PLU</source>
            <translation>Heritage watch: comparison of PLU snapshots</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/reference_layers.py" line="140" />
            <source>Source : Mission Bassin Minier / data.gouv.fr / Géo2France – Licence Ouverte 2.0</source>
            <translation>Source: Mission Bassin Minier / data.gouv.fr / Géo2France – Licence Ouverte 2.0</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/reference_layers.py" line="148" />
            <source>Couche de référence de la Veille patrimoniale. {v}</source>
            <translation>Reference layer of the Heritage watch plugin. {v}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/reference_layers.py" line="169" />
            <source>Abords MH des générateurs AC1 (500 m)</source>
            <translation>MH surroundings of the AC1 generators (500 m)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/reference_layers.py" line="184" />
            <source>Cercles de 500 m des monuments historiques connus par les servitudes AC1 (GPU).</source>
            <translation>500 m circles of the historic monuments known from the AC1 easements (GPU).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/register_target.py" line="18" />
            <source>Configuration d'authentification QGIS « {id} » introuvable ou verrouillée (mot de passe principal ?). Vérifiez Préférences &gt; Options &gt; Authentification.</source>
            <translation>QGIS authentication configuration « {id} » not found or locked (master password?). Check Settings &gt; Options &gt; Authentication.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/register_target.py" line="79" />
            <source>Liste des sites en péril indisponible (règle R12 en « donnée manquante ») : {e}</source>
            <translation>List of sites at risk unavailable (rule R12 « donnée manquante »): {e}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/reports_task.py" line="13" />
            <source>Veille patrimoniale : rapport</source>
            <translation>Heritage watch: report</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/screening_service.py" line="46" />
            <source>Aucune géométrie à analyser : la sélection est vide ou sans géométrie.</source>
            <translation>No geometry to analyse: the selection is empty or without geometry.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/screening_service.py" line="116" />
            <source>Aucune emprise à analyser : dessinez-la, pointez-la ou sélectionnez des entités.</source>
            <translation>No footprint to analyse: draw it, point at it or select features.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/qgis_adapters/sweep_task.py" line="15" />
            <source>Veille patrimoniale : balayage des permis</source>
            <translation>Heritage watch: permit sweep</translation>
        </message>
        <message>
            <location filename="../../resources/plu/codes/ZoneUrbaType.csv" line="2" />
            <source>urbaine</source>
            <translation>urban</translation>
        </message>
        <message>
            <location filename="../../resources/plu/codes/ZoneUrbaType.csv" line="3" />
            <source>à urbaniser</source>
            <translation>future development</translation>
        </message>
        <message>
            <location filename="../../resources/plu/codes/ZoneUrbaType.csv" line="4" />
            <source>à urbaniser bloquée</source>
            <translation>closed future development</translation>
        </message>
        <message>
            <location filename="../../resources/plu/codes/ZoneUrbaType.csv" line="5" />
            <source>agricole</source>
            <translation>agricultural</translation>
        </message>
        <message>
            <location filename="../../resources/plu/codes/ZoneUrbaType.csv" line="6" />
            <source>Naturelle et forestière</source>
            <translation>Natural and forest</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="55" />
            <source>très élevée</source>
            <translation>very high</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="56" />
            <source>élevée</source>
            <translation>high</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="57" />
            <source>moyenne</source>
            <translation>medium</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="58" />
            <source>faible</source>
            <translation>low</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="59" />
            <source>négligeable</source>
            <translation>negligible</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="61" />
            <source>majeure</source>
            <translation>major</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="62" />
            <source>modérée</source>
            <translation>moderate</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="63" />
            <source>mineure</source>
            <translation>minor</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="65" />
            <source>aucun changement</source>
            <translation>no change</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="69" />
            <source>très grande</source>
            <translation>very large</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="70" />
            <source>grande à très grande</source>
            <translation>large to very large</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="71" />
            <source>moyenne à grande</source>
            <translation>moderate to large</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="73" />
            <source>moyenne à faible</source>
            <translation>moderate to slight</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="74" />
            <source>faible à moyenne</source>
            <translation>slight to moderate</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="76" />
            <source>neutre à faible</source>
            <translation>neutral to slight</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="77" />
            <source>neutre</source>
            <translation>neutral</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="85" />
            <source>1 – très haute</source>
            <translation>1 – very high</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="86" />
            <source>2 – haute</source>
            <translation>2 – high</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="87" />
            <source>3 – moyenne</source>
            <translation>3 – medium</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="88" />
            <source>4 – basse</source>
            <translation>4 – low</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="89" />
            <source>5 – très basse</source>
            <translation>5 – very low</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="147" />
            <source>élément du Bien protégé au titre des monuments historiques</source>
            <translation>element of the Property protected as a historic monument</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="154" />
            <source>cité minière du Bien d'intérêt exceptionnel</source>
            <translation>mining housing estate (cité) of the Property of exceptional interest</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="167" />
            <source>espace agricole de la zone tampon dégageant des vues vers les terrils</source>
            <translation>farmland of the buffer zone opening views towards the spoil tips</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="174" />
            <source>espace agricole de la zone tampon aux vues potentielles vers les terrils</source>
            <translation>farmland of the buffer zone with potential views towards the spoil tips</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="180" />
            <source>cité minière de la zone tampon d'intérêt exceptionnel</source>
            <translation>mining housing estate (cité) of the buffer zone of exceptional interest</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="187" />
            <source>cité minière de la zone tampon</source>
            <translation>mining housing estate (cité) of the buffer zone</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="193" />
            <source>terril de la zone tampon</source>
            <translation>spoil tip of the buffer zone</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="199" />
            <source>composante du Bien (hors de ses éléments)</source>
            <translation>component of the Property (outside its elements)</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="207" />
            <source>abords d'un monument historique du Bien (500 m)</source>
            <translation>surroundings of a historic monument of the Property (500 m)</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="258" />
            <source>démolition</source>
            <translation>demolition</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="263" />
            <source>démolition partielle d'un bâtiment</source>
            <translation>partial demolition of a building</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="267" />
            <source>démolition d'une annexe (abri, garage, véranda, dépendance)</source>
            <translation>demolition of an annex (shed, garage, veranda, outbuilding)</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="271" />
            <source>arasement, exploitation ou remodelage du sol</source>
            <translation>levelling, extraction or reshaping of the ground</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="276" />
            <source>centrale solaire au sol</source>
            <translation>ground-mounted solar farm</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="280" />
            <source>éolienne</source>
            <translation>wind turbine</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="285" />
            <source>ouvrage de grande hauteur (50 m ou plus)</source>
            <translation>tall structure (50 m or more)</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="289" />
            <source>grande infrastructure ou développement économique</source>
            <translation>major infrastructure or economic development</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="294" />
            <source>construction de grand gabarit (15 m de haut ou 1 000 m² d'emprise ou plus)</source>
            <translation>large building (15 m high or a 1,000 m² footprint or more)</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="299" />
            <source>lotissement, ensemble de logements, densification</source>
            <translation>housing estate, group of dwellings, densification</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="304" />
            <source>programme de rénovation à l'échelle d'une cité</source>
            <translation>renovation programme for a whole cité</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="308" />
            <source>construction neuve</source>
            <translation>new building</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="314" />
            <source>isolation par l'extérieur ou revêtement des façades</source>
            <translation>external insulation or façade cladding</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="319" />
            <source>extension ou surélévation</source>
            <translation>extension or added storey</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="324" />
            <source>changement de destination, reconversion</source>
            <translation>change of use, conversion</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="328" />
            <source>antenne, pylône</source>
            <translation>antenna, mast</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="334" />
            <source>aménagement d'espaces publics, voirie, stationnement</source>
            <translation>public space, roads, parking</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="339" />
            <source>ravalement ou peinture de façade</source>
            <translation>façade cleaning or painting</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="343" />
            <source>toiture</source>
            <translation>roof</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="348" />
            <source>panneaux solaires en toiture</source>
            <translation>rooftop solar panels</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="353" />
            <source>menuiseries</source>
            <translation>windows and doors</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="358" />
            <source>clôture, portail</source>
            <translation>fence, gate</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="362" />
            <source>petite annexe (abri de jardin, garage, piscine, véranda)</source>
            <translation>small annex (garden shed, garage, swimming pool, veranda)</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="367" />
            <source>travaux intérieurs ou à l'identique</source>
            <translation>interior works or like-for-like repairs</translation>
        </message>
        <message>
            <location filename="../../resources/impact/matrice_impact.yaml" line="371" />
            <source>travaux sur une construction existante, non précisés</source>
            <translation>works on an existing building, not specified</translation>
        </message>
        <message>
            <location filename="../../resources/rules/catalogue.yaml" line="86" />
            <source>Emprise dans le Bien inscrit</source>
            <translation>Footprint within the inscribed Property</translation>
        </message>
        <message>
            <location filename="../../resources/rules/catalogue.yaml" line="96" />
            <source>Mission Bassin Minier</source>
            <translation>Mission Bassin Minier</translation>
        </message>
        <message>
            <location filename="../../resources/rules/catalogue.yaml" line="103" />
            <source>Emprise dans la zone tampon</source>
            <translation>Footprint within the buffer zone</translation>
        </message>
        <message>
            <location filename="../../resources/rules/catalogue.yaml" line="121" />
            <source>Rayon de 500 m d'un monument historique sans PDA (covisibilité à vérifier)</source>
            <translation>Within 500 m of a historic monument without a PDA (intervisibility to check)</translation>
        </message>
        <message>
            <location filename="../../resources/rules/catalogue.yaml" line="145" />
            <source>ABF – UDAP (accord en cas de covisibilité)</source>
            <translation>ABF – UDAP (consent where intervisible)</translation>
        </message>
        <message>
            <location filename="../../resources/rules/catalogue.yaml" line="154" />
            <source>Terril de la chaîne des terrils (site classé)</source>
            <translation>Spoil tip of the chain of spoil tips (listed site)</translation>
        </message>
        <message>
            <location filename="../../resources/rules/catalogue.yaml" line="174" />
            <source>DREAL</source>
            <translation>DREAL</translation>
        </message>
        <message>
            <location filename="../../resources/rules/catalogue.yaml" line="174" />
            <source>ABF – UDAP</source>
            <translation>ABF – UDAP</translation>
        </message>
        <message>
            <location filename="../../resources/rules/catalogue.yaml" line="182" />
            <source>Démolition dans le Bien ou la zone tampon</source>
            <translation>Demolition in the Property or the buffer zone</translation>
        </message>
        <message>
            <location filename="../../resources/rules/catalogue.yaml" line="205" />
            <source>ABF – UDAP (avis consultatif, hors abords et PDA)</source>
            <translation>ABF – UDAP (advisory opinion, outside surroundings and PDA)</translation>
        </message>
        <message>
            <location filename="../../resources/rules/catalogue.yaml" line="214" />
            <source>Travaux sur une maison d'une cité inscrite</source>
            <translation>Works on a house of an inscribed cité</translation>
        </message>
        <message>
            <location filename="../../resources/rules/catalogue.yaml" line="235" />
            <source>Construction neuve ou densification dans une cité</source>
            <translation>New building or densification in a cité</translation>
        </message>
        <message>
            <location filename="../../resources/rules/catalogue.yaml" line="259" />
            <source>Programme à l'échelle d'une cité</source>
            <translation>Programme for a whole cité</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="192" />
            <source>bailleur social</source>
            <translation>social landlord</translation>
        </message>
        <message>
            <location filename="../../resources/rules/catalogue.yaml" line="280" />
            <source>Objet haut ou volumineux près d'un terril ou d'un chevalement</source>
            <translation>Tall or bulky structure near a spoil tip or a headframe</translation>
        </message>
        <message>
            <location filename="../../resources/rules/catalogue.yaml" line="307" />
            <source>Éolienne dans l'aire d'influence paysagère</source>
            <translation>Wind turbine in the landscape influence area</translation>
        </message>
        <message>
            <location filename="../../resources/rules/catalogue.yaml" line="341" />
            <source>Grande infrastructure ou développement commercial près du Bien</source>
            <translation>Major infrastructure or commercial development near the Property</translation>
        </message>
        <message>
            <location filename="../../resources/rules/catalogue.yaml" line="364" />
            <source>Élément concerné sur la liste des sites en péril</source>
            <translation>Element concerned on the list of sites at risk</translation>
        </message>
        <message>
            <location filename="../../resources/rules/catalogue.yaml" line="374" />
            <source>DRAC</source>
            <translation>DRAC</translation>
        </message>
        <message>
            <location filename="../../resources/rules/catalogue.yaml" line="387" />
            <source>PLU : périmètre UNESCO reporté dans le plan</source>
            <translation>PLU: UNESCO perimeter shown in the plan</translation>
        </message>
        <message>
            <location filename="../../resources/rules/catalogue.yaml" line="404" />
            <source>DDTM</source>
            <translation>DDTM</translation>
        </message>
        <message>
            <location filename="../../resources/rules/catalogue.yaml" line="413" />
            <source>PLU : éléments protégés au titre de l'article L.151-19</source>
            <translation>PLU: elements protected under article L.151-19</translation>
        </message>
        <message>
            <location filename="../../resources/rules/catalogue.yaml" line="437" />
            <source>PLU : permis de démolir institué sur le Bien et la zone tampon</source>
            <translation>PLU: demolition permit required in the Property and the buffer zone</translation>
        </message>
        <message>
            <location filename="../../resources/rules/catalogue.yaml" line="467" />
            <source>PLU : cônes de vue du SCOT</source>
            <translation>PLU: view cones of the SCOT</translation>
        </message>
        <message>
            <location filename="../../resources/rules/catalogue.yaml" line="488" />
            <source>PLU : plan de gestion pris en compte (terrils, cavaliers, espaces néo-naturels)</source>
            <translation>PLU: management plan taken into account (spoil tips, railway embankments, neo-natural areas)</translation>
        </message>
        <message>
            <location filename="../../resources/rules/catalogue.yaml" line="513" />
            <source>Ouverture à l'urbanisation près du Bien</source>
            <translation>Land opened to urban development near the Property</translation>
        </message>
        <message>
            <location filename="../../resources/rules/catalogue.yaml" line="540" />
            <source>Risques miniers ou d'inondation sur un projet patrimonial</source>
            <translation>Mining or flood risks on a heritage project</translation>
        </message>
        <message>
            <location filename="../../resources/rules/catalogue.yaml" line="557" />
            <source>Travaux sur un terril et guide du site classé</source>
            <translation>Works on a spoil tip and the listed site's guide</translation>
        </message>
        <message>
            <location filename="../../resources/rules/catalogue.yaml" line="577" />
            <source>Périmètre délimité des abords (PDA) d'un monument historique</source>
            <translation>Defined surroundings perimeter (PDA) of a historic monument</translation>
        </message>
        <message>
            <location filename="../../resources/rules/catalogue.yaml" line="596" />
            <source>ABF – UDAP (accord, avis conforme)</source>
            <translation>ABF – UDAP (consent, binding opinion)</translation>
        </message>
        <message>
            <location filename="../../resources/rules/catalogue.yaml" line="605" />
            <source>Travaux sur un monument historique classé</source>
            <translation>Works on a listed (classé) historic monument</translation>
        </message>
        <message>
            <location filename="../../resources/rules/catalogue.yaml" line="616" />
            <source>DRAC – conservation régionale des monuments historiques (autorisation de travaux)</source>
            <translation>DRAC – regional historic monuments conservation (works authorisation)</translation>
        </message>
        <message>
            <location filename="../../resources/rules/catalogue.yaml" line="623" />
            <source>Travaux sur un monument historique inscrit</source>
            <translation>Works on a registered (inscrit) historic monument</translation>
        </message>
        <message>
            <location filename="../../resources/rules/catalogue.yaml" line="633" />
            <source>DRAC – conservation régionale des monuments historiques (accord)</source>
            <translation>DRAC – regional historic monuments conservation (consent)</translation>
        </message>
        <message>
            <location filename="../../resources/rules/catalogue.yaml" line="640" />
            <source>Démolition d'un élément bâti du Bien ou d'un monument historique</source>
            <translation>Demolition of a built element of the Property or of a historic monument</translation>
        </message>
        <message>
            <location filename="../../resources/rules/catalogue.yaml" line="667" />
            <source>Cité de la zone tampon (exigence de qualité)</source>
            <translation>Cité of the buffer zone (quality requirement)</translation>
        </message>
        <message>
            <location filename="../../resources/rules/catalogue.yaml" line="691" />
            <source>Reconversion ou changement de destination d'un élément bâti</source>
            <translation>Conversion or change of use of a built element</translation>
        </message>
        <message>
            <location filename="../../resources/rules/catalogue.yaml" line="717" />
            <source>Antenne relais près du Bien</source>
            <translation>Mobile phone mast near the Property</translation>
        </message>
        <message>
            <location filename="../../resources/rules/catalogue.yaml" line="742" />
            <source>PLU : règles de qualité architecturale dans les cités (L.151-18)</source>
            <translation>PLU: architectural quality rules in the cités (L.151-18)</translation>
        </message>
        <message>
            <location filename="../../resources/rules/catalogue.yaml" line="762" />
            <source>Périurbanisation et visibilité des sites</source>
            <translation>Peri-urban growth and visibility of the sites</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/exports.py" line="78" />
            <source>généré le {d}</source>
            <translation>generated on {d}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/exports.py" line="133" />
            <source>{n} alerte(s), dont {o} ouverte(s).</source>
            <translation>{n} alert(s), {o} of them open.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/exports.py" line="255" />
            <source>octets</source>
            <translation>bytes</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/exports.py" line="255" />
            <source>ajoutée le</source>
            <translation>added on</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/exports.py" line="256" />
            <source>par</source>
            <translation>by</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/model.py" line="50" />
            <source>Risque immédiat de dégradation rapide ou de perte ; solution convenue mais pas encore mise en œuvre</source>
            <translation>Immediate risk of rapid deterioration or loss; solution agreed but not yet implemented</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/model.py" line="64" />
            <source>En travaux ou en état correct, mais sans usage ni repreneur identifié, ou menacé de vacance</source>
            <translation>Under repair or in fair condition, but with no use or new owner identified, or threatened with vacancy</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/model.py" line="71" />
            <source>Programme de réparation en cours et usage futur identifié, ou nouvel usage convenu pas encore mis en œuvre</source>
            <translation>Repair programme under way and future use identified, or new use agreed but not yet implemented</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/alerts/model.py" line="96" />
            <source>Propriété publique, mais le bâtiment peut être perdu faute de moyens ou de volonté</source>
            <translation>Public property, but the building may be lost for lack of means or will</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/impact/assessment.py" line="39" />
            <source>{what} : valeur {v} × ampleur {m} = importance {s} (matrice ICOMOS 2011, annexe 3C) → priorité {r}</source>
            <translation>{what}: value {v} × magnitude {m} = significance {s} (ICOMOS 2011 matrix, appendix 3C) → priority {r}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/report.py" line="141" />
            <source>Synthèse</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/report.py" line="211" />
            <source>Changements</source>
            <translation>Changes</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/report.py" line="361" />
            <source>Anomalies des données</source>
            <translation>Data anomalies</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/report.py" line="105" />
            <source>Extrait de carte du cas analysé</source>
            <translation>Map extract of the case screened</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/report.py" line="133" />
            <source>Données FICTIVES de démonstration : ce rapport ne décrit aucun PLU réel.</source>
            <translation>FICTITIOUS demonstration data: this report describes no real PLU.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/report.py" line="170" />
            <source>Aucun changement détecté.</source>
            <translation>No change detected.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/report.py" line="204" />
            <source>Carte des changements</source>
            <translation>Map of the changes</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/report.py" line="264" />
            <source>Zones modifiées (par libellé)</source>
            <translation>Zones changed (by label)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/report.py" line="352" />
            <source>Carte des constats</source>
            <translation>Map of the findings</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/plu/report.py" line="377" />
            <source>… {n} anomalies en tout : voir anomalies.csv.</source>
            <translation>… {n} anomalies in all: see anomalies.csv.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/case_map.py" line="117" />
            <source>Carte des dossiers</source>
            <translation>Map of the cases</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="397" />
            <source>Aucun.</source>
            <translation>None.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="458" />
            <source>À signaler au Centre du patrimoine mondial (Orientations, § 172)</source>
            <translation>To report to the World Heritage Centre (Operational Guidelines, § 172)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="485" />
            <source>À traiter d’abord : le Bien, puis par priorité</source>
            <translation>To deal with first: the property, then by priority</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="497" />
            <source>Les numéros de la carte sont ceux du tableau.</source>
            <translation>The numbers on the map are those of the table.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="700" />
            <source>Décisions attendues</source>
            <translation>Decisions awaited</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="702" />
            <source>Dossiers dont l’analyse a changé</source>
            <translation>Cases whose analysis changed</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="715" />
            <source>Alertes sur les sites en péril</source>
            <translation>Alerts on sites in danger</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="731" />
            <source>PLU : nouvelles versions relevées</source>
            <translation>PLU: new versions fetched</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="386" />
            <source>disparu</source>
            <translation>gone</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="483" />
            <source>Aucun dossier de la période.</source>
            <translation>No case in the period.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="546" />
            <source>Aucun dossier autorisé sans avis dans le Bien ou la zone tampon.</source>
            <translation>No case authorised without an opinion in the property or the buffer zone.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="652" />
            <source>Registre de démonstration : dossiers et alertes FICTIFS.</source>
            <translation>Demonstration register: FICTITIOUS cases and alerts.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="707" />
            <source>Grappes de projets par cité</source>
            <translation>Clusters of projects per cité</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="729" />
            <source>Aucune.</source>
            <translation>None.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="747" />
            <source>Aucune (la veille des PLU en ligne les relève).</source>
            <translation>None (the online PLU watch fetches them).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="414" />
            <source>… et {n} autres (voir le CSV).</source>
            <translation>… and {n} others (see the CSV).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="491" />
            <source>Aucun dossier nouveau ou modifié dans la période.</source>
            <translation>No new or modified case in the period.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="687" />
            <source>{new} ({n}) par sévérité et zone</source>
            <translation>{new} ({n}) by severity and zone</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/committee.py" line="648" />
            <source>EPCI : {e}</source>
            <translation>EPCI: {e}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/commune_pack.py" line="105" />
            <source>Carte</source>
            <translation>Map</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/commune_pack.py" line="120" />
            <source>Le PLU au regard du Bien</source>
            <translation>The PLU with respect to the property</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/commune_pack.py" line="122" />
            <source>Aucun PLU relevé en ligne pour cette commune (veille des PLU).</source>
            <translation>No PLU fetched online for this commune (PLU watch).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/commune_pack.py" line="106" />
            <source>Éléments du Bien sur la commune ({n})</source>
            <translation>Elements of the property in the commune ({n})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/commune_pack.py" line="139" />
            <source>Alertes ouvertes ({n})</source>
            <translation>Open alerts ({n})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/commune_pack.py" line="152" />
            <source>Règles du plan de gestion ({c})</source>
            <translation>Management plan rules ({c})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/element_file.py" line="309" />
            <source>Aucune protection connue des données du plugin.</source>
            <translation>No protection known from the plugin's data.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/element_file.py" line="388" />
            <source>Aucun instantané (la veille des PLU en ligne les relève).</source>
            <translation>No snapshot (the online PLU watch fetches them).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/element_file.py" line="271" />
            <source>établie le {d}</source>
            <translation>drawn up on {d}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/element_file.py" line="427" />
            <source>… et {n} autres changements (fichier JSON).</source>
            <translation>… and {n} other changes (JSON file).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/element_file.py" line="382" />
            <source>instantané n° {i}</source>
            <translation>snapshot no. {i}</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/element_file.py" line="296" />
            <source>non renseignée par la source</source>
            <translation>not given by the source</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/indicators.py" line="205" />
            <source>Aucune donnée.</source>
            <translation>No data.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/reports/periodic.py" line="66" />
            <source>PLU : nouvelles versions relevées ({n})</source>
            <translation>PLU: new versions fetched ({n})</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="245" />
            <source>Légende</source>
            <translation>Legend</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="293" />
            <source>Éléments du Bien :</source>
            <translation>Elements of the property:</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="345" />
            <source>Extrait de carte – Lambert-93 (EPSG:2154)</source>
            <translation>Map extract – Lambert-93 (EPSG:2154)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="655" />
            <source>Covisibilité par-dessus le relief</source>
            <translation>Intervisibility over the terrain</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="803" />
            <source>non renseignée</source>
            <translation>not given</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="827" />
            <source>non renseignés</source>
            <translation>not given</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="987" />
            <source>fondement non précisé</source>
            <translation>foundation not stated</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="1047" />
            <source>Situation</source>
            <translation>Situation</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="1086" />
            <source>Éléments du Bien concernés</source>
            <translation>Elements of the property concerned</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="1160" />
            <source>Projet d’avis</source>
            <translation>Draft advice</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="1165" />
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="1178" />
            <source>version</source>
            <translation>version</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="1184" />
            <source>Couches fournies par l’utilisateur</source>
            <translation>Layers given by the user</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="1191" />
            <source>Données de référence</source>
            <translation>Reference data</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="1191" />
            <source>licence</source>
            <translation>licence</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="657" />
            <source>Non calculée : hauteur du projet non renseignée.</source>
            <translation>Not computed: project height not given.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="830" />
            <source>Entité analysée</source>
            <translation>Feature screened</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="843" />
            <source>Composantes du Bien touchées</source>
            <translation>Components of the property touched</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="883" />
            <source>Dans les 500 m de monuments historiques</source>
            <translation>Within 500 m of historic monuments</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="884" />
            <source>Un périmètre délimité des abords (PDA), s’il existe, prévaut.</source>
            <translation>A delimited surroundings perimeter (PDA), where one exists, prevails.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="888" />
            <source>Hors des abords (500 m) des éléments protégés au titre des monuments historiques.</source>
            <translation>Outside the surroundings (500 m) of the elements protected as historic monuments.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="946" />
            <source>Au regard du plan de gestion du Bien :</source>
            <translation>With regard to the property's management plan:</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="1060" />
            <source>Géométrie inutilisable : pas de carte.</source>
            <translation>Unusable geometry: no map.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="1088" />
            <source>Le cas n’a pas pu être situé : corrigez sa géométrie puis relancez l’analyse.</source>
            <translation>The case could not be located: correct its geometry, then screen it again.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="1125" />
            <source>Aucune règle ne demande d’examen pour ce dossier.</source>
            <translation>No rule asks for an examination of this case.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="1137" />
            <source>Respectées</source>
            <translation>Met</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="1152" />
            <source>Ce qu’il faut vérifier</source>
            <translation>What to check</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="1169" />
            <source>Fondement des règles</source>
            <translation>Foundations of the rules</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="629" />
            <source>sommet du projet ({h} m)</source>
            <translation>top of the project ({h} m)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="1048" />
            <source>Sévérité globale</source>
            <translation>Overall severity</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="1050" />
            <source>Consultations requises</source>
            <translation>Consultations required</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="1065" />
            <source>Extrait de carte</source>
            <translation>Map extract</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="622" />
            <source>obstacle : +{m} m</source>
            <translation>obstacle: +{m} m</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="873" />
            <source>Aucun élément du Bien touché ni à moins de {d}.</source>
            <translation>No element of the property touched or within {d}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="959" />
            <source>Consultations : {c}.</source>
            <translation>Consultations: {c}.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/rules/note.py" line="1130" />
            <source>Non tranchées, donnée manquante</source>
            <translation>Undecided, missing data</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/report.py" line="234" />
            <source>Règles citées :</source>
            <translation>Rules cited:</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/report.py" line="357" />
            <source>Balayage de veille n°</source>
            <translation>Monitoring sweep no. </translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/report.py" line="358" />
            <source>Veille patrimoniale – balayage n°</source>
            <translation>Heritage watch – sweep no. </translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/report.py" line="359" />
            <source>Bien UNESCO « Bassin minier du Nord-Pas de Calais »</source>
            <translation>UNESCO property «Nord-Pas de Calais Mining Basin»</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/report.py" line="361" />
            <source>données</source>
            <translation>data</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/report.py" line="416" />
            <source>Les numéros renvoient au tableau des nouveaux, modifiés et disparus.</source>
            <translation>The numbers refer to the table of new, modified and gone cases.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/report.py" line="423" />
            <source>Grappes de projets : dossiers cumulés par cité</source>
            <translation>Project clusters: cases added up by cité</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/report.py" line="428" />
            <source>Dossiers cumulés par composante</source>
            <translation>Cases added up by component</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/report.py" line="432" />
            <source>Dossiers localisés à la commune seulement</source>
            <translation>Cases located by their commune only</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/report.py" line="435" />
            <source>Autres dossiers (inchangés)</source>
            <translation>Other cases (unchanged)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/report.py" line="438" />
            <source>Lignes non lues ou mal localisées</source>
            <translation>Rows not read or badly located</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/report.py" line="421" />
            <source>Aucun changement depuis le balayage précédent.</source>
            <translation>No change since the previous sweep.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/report.py" line="427" />
            <source>Aucun dossier ne touche une cité.</source>
            <translation>No case touches a cité.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/sweep/report.py" line="431" />
            <source>Aucun dossier dans le Bien.</source>
            <translation>No case in the property.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="157" />
            <source>visite</source>
            <translation>visit</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="158" />
            <source>signalement</source>
            <translation>report by a third party</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="159" />
            <source>presse</source>
            <translation>press</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="160" />
            <source>veille des permis</source>
            <translation>permit monitoring</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="161" />
            <source>comité</source>
            <translation>committee</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="162" />
            <source>autre</source>
            <translation>other</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="166" />
            <source>très mauvais</source>
            <translation>very bad</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="167" />
            <source>mauvais</source>
            <translation>poor</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="168" />
            <source>passable</source>
            <translation>fair</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="169" />
            <source>bon</source>
            <translation>good</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="174" />
            <source>en dégradation</source>
            <translation>deteriorating</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="175" />
            <source>stable</source>
            <translation>stable</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="176" />
            <source>en amélioration</source>
            <translation>improving</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="177" />
            <source>inconnue</source>
            <translation>unknown</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="182" />
            <source>principale urgence</source>
            <translation>top priority</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="183" />
            <source>seconde catégorie</source>
            <translation>second category</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="184" />
            <source>dernière catégorie</source>
            <translation>last category</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="189" />
            <source>particulier</source>
            <translation>private owner</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="191" />
            <source>intercommunalité</source>
            <translation>inter-municipal authority</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="194" />
            <source>établissement public</source>
            <translation>public body</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="195" />
            <source>entreprise</source>
            <translation>company</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="196" />
            <source>association</source>
            <translation>association</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="197" />
            <source>inconnu</source>
            <translation>unknown</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="202" />
            <source>diagnostic technique</source>
            <translation>technical survey</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="203" />
            <source>travaux d'urgence</source>
            <translation>emergency works</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="204" />
            <source>clos et couvert</source>
            <translation>weather-tight (walls and roof)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="205" />
            <source>estimation des Domaines</source>
            <translation>valuation by the State property office (Domaines)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="206" />
            <source>acquisition EPF</source>
            <translation>purchase by the public land agency (EPF)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="207" />
            <source>acquisition EPCI</source>
            <translation>purchase by the inter-municipal authority (EPCI)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="208" />
            <source>recherche d'opérateur</source>
            <translation>search for an operator</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="209" />
            <source>projet de reconversion</source>
            <translation>conversion project</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="210" />
            <source>souscription Fondation du Patrimoine</source>
            <translation>Fondation du Patrimoine fundraising</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="211" />
            <source>porté à connaissance</source>
            <translation>formal notice to the municipality (porté à connaissance)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="212" />
            <source>mise en alerte des partenaires</source>
            <translation>partners alerted</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="213" />
            <source>demande de protection MH</source>
            <translation>request for historic monument protection</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="218" />
            <source>signalée</source>
            <translation>reported</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="219" />
            <source>en alerte</source>
            <translation>on alert</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="220" />
            <source>mesures d'urgence</source>
            <translation>emergency measures</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="221" />
            <source>maîtrise foncière</source>
            <translation>land control</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="224" />
            <source>sauvegardée</source>
            <translation>saved</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="225" />
            <source>perdue</source>
            <translation>lost</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="226" />
            <source>levée</source>
            <translation>lifted</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="239" />
            <source>erreur</source>
            <translation>error</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="244" />
            <source>information</source>
            <translation>information</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="245" />
            <source>à vérifier</source>
            <translation>to check</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="246" />
            <source>majeur</source>
            <translation>major</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="247" />
            <source>bloquant</source>
            <translation>blocking</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="250" />
            <source>non applicable</source>
            <translation>not applicable</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="251" />
            <source>conforme</source>
            <translation>compliant</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="253" />
            <source>non conforme</source>
            <translation>non-compliant</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="254" />
            <source>donnée manquante</source>
            <translation>missing data</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="257" />
            <source>à examiner</source>
            <translation>to examine</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="258" />
            <source>en cours</source>
            <translation>in progress</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="259" />
            <source>avis émis</source>
            <translation>opinion given</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="260" />
            <source>sans suite</source>
            <translation>no further action</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="264" />
            <source>terminé</source>
            <translation>finished</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="265" />
            <source>échoué</source>
            <translation>failed</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="266" />
            <source>interrompu</source>
            <translation>interrupted</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="269" />
            <source>nouveau</source>
            <translation>new</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="270" />
            <source>modifié</source>
            <translation>modified</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="271" />
            <source>inchangé</source>
            <translation>unchanged</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="275" />
            <source>favorable</source>
            <translation>favourable</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="276" />
            <source>favorable avec prescriptions</source>
            <translation>favourable with conditions</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="277" />
            <source>défavorable</source>
            <translation>unfavourable</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="278" />
            <source>sans avis</source>
            <translation>no opinion</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="281" />
            <source>accordé</source>
            <translation>granted</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="282" />
            <source>accordé avec prescriptions</source>
            <translation>granted with conditions</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="283" />
            <source>refusé</source>
            <translation>refused</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="284" />
            <source>tacite</source>
            <translation>tacit</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="285" />
            <source>retiré</source>
            <translation>withdrawn</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="286" />
            <source>annulé</source>
            <translation>annulled</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="289" />
            <source>conformes à l'autorisation</source>
            <translation>as authorised</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="290" />
            <source>écarts constatés</source>
            <translation>deviations found</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="291" />
            <source>non contrôlés</source>
            <translation>not inspected</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="294" />
            <source>autorisé</source>
            <translation>authorised</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="296" />
            <source>commencé</source>
            <translation>started</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="303" />
            <source>sans document</source>
            <translation>no document</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/core/vocabulary.py" line="304" />
            <source>échec</source>
            <translation>failure</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/about_dialog.py" line="37" />
            <source>Converti le</source>
            <translation>Converted on</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/about_dialog.py" line="38" />
            <source>Source et attribution</source>
            <translation>Source and attribution</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/about_dialog.py" line="39" />
            <source>Licence</source>
            <translation>Licence</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/about_dialog.py" line="42" />
            <source>Géométries simplifiées (~10 m) par la publication source : adaptées au repérage, pas à la précision juridique. Les abords MH sont calculés (500 m autour des éléments protégés) et ne remplacent pas les périmètres délimités des abords (PDA).</source>
            <translation>Geometries simplified (~10 m) by the source publication: fit for locating, not for legal precision. The MH surroundings are computed (500 m around the protected elements) and do not replace the delimited surroundings perimeters (PDA).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/about_dialog.py" line="49" />
            <source>Aide : chaque panneau a son bouton « ? », qui ouvre sa page d'aide, livrée avec le plugin.</source>
            <translation>Help: each panel has its «?» button, which opens its help page, shipped with the plugin.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/about_dialog.py" line="36" />
            <source>(embarqué)</source>
            <translation>(embedded)</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/alerts_dock.py" line="515" />
            <source>Zoomer sur l’alerte</source>
            <translation>Zoom to the alert</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/rules_dock.py" line="294" />
            <source>Fondement</source>
            <translation>Foundation</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/rules_dock.py" line="297" />
            <source>Facteurs UNESCO</source>
            <translation>UNESCO factors</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/rules_dock.py" line="297" />
            <source>catalogue</source>
            <translation>catalogue</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/rules_dock.py" line="289" />
            <source>Consultations</source>
            <translation>Consultations</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/gui/rules_dock.py" line="292" />
            <source>À vérifier</source>
            <translation>To check</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/alerts_export.py" line="27" />
            <source>Écrit, à partir des alertes du registre de veille : la liste des sites en péril (HTML ou CSV, pour un porté à connaissance), le tableau du rapport périodique (facteurs UNESCO × nombre d'alertes × tendance) ou le dossier complet d'un élément avec l'historique de ses alertes. Le format suit l'extension du fichier (.html ou .csv).</source>
            <translation>Writes, from the alerts of the watch register: the list of sites in danger (HTML or CSV, for a porté à connaissance), the periodic report table (UNESCO factors × number of alerts × trend) or the full file of an element with the history of its alerts. The format follows the file's extension (.html or .csv).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/apply_rules.py" line="54" />
            <source>Situe chaque dossier (permis, projet, évolution du PLU) par rapport au Bien et applique toutes les règles du catalogue en vigueur (ou d'un catalogue choisi). Ajoute la zone, les éléments concernés, la sévérité globale, les règles déclenchées, les règles non conformes, celles pour lesquelles une donnée manque et la version du catalogue. Les couches utilisateur (cônes de vue, aires d'influence paysagère…) sont prises dans le projet quand leur nom est l'un des noms connus (cones_de_vue, aires_influence_paysagere, risques…).</source>
            <translation>Locates each case (permit, project, PLU change) relative to the property and applies all the rules of the catalogue in force (or of a chosen catalogue). Adds the zone, the elements concerned, the overall severity, the rules triggered, the non-compliant rules, those for which data is missing and the catalogue version. User layers (view cones, landscape influence areas…) are taken from the project when their name is one of the known names (cones_de_vue, aires_influence_paysagere, risques…).</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/cycle_reports.py" line="26" />
            <source>Écrit, depuis le registre de veille, le rapport du Comité technique de suivi (ce qui est nouveau sur la période : dossiers par sévérité et zone, bloquants et majeurs d'abord, décisions attendues, grappes de projets par cité, alertes, nouvelles versions de PLU), ceux des comités locaux (un fichier par EPCI) ou les fiches de suivi des éléments du Bien (toutes si aucun élément n'est indiqué). HTML à imprimer, CSV et JSON.</source>
            <translation>Writes, from the watch register, the report of the Technical monitoring committee (what is new over the period: cases by severity and zone, blocking and major first, decisions awaited, clusters of projects per cité, alerts, new PLU versions), those of the local committees (one file per EPCI) or the follow-up files of the property's elements (all of them when no element is given). HTML to print, CSV and JSON.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/plu_diff.py" line="28" />
            <source>Lit deux versions d'un PLU ou PLUi au standard CNIG (GeoPackage, dossier de shapefiles ou GeoJSON, ZIP) : ZONE_URBA, PRESCRIPTION_*, INFO_*. Compare zone par zone (changements de TYPEZONE, ouverture à l'urbanisation, nouvelles zones AU, libellés), les prescriptions (dont L.151-19 et L.151-23) et les informations (périmètre du permis de démolir…), mesure chaque changement en hectares dans le Bien, la zone tampon et près des éléments, contrôle le projet avec les règles R13–R18 et R28 et écrit un rapport HTML par commune, la couche et le CSV des changements et la liste des anomalies.</source>
            <translation>Reads two versions of a PLU or PLUi in the CNIG standard (GeoPackage, folder of shapefiles or GeoJSON, ZIP): ZONE_URBA, PRESCRIPTION_*, INFO_*. Compares zone by zone (TYPEZONE changes, opening to urbanisation, new AU zones, labels), the prescriptions (including L.151-19 and L.151-23) and the informations (demolition permit perimeter…), measures each change in hectares in the property, the buffer zone and near the elements, checks the draft with rules R13–R18 and R28 and writes an HTML report per commune, the layer and CSV of the changes and the list of anomalies.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/plu_watch.py" line="26" />
            <source>Interroge l'API Carto (module GPU) pour une commune ou pour toutes celles du Bien et de la zone tampon : document(s) d'urbanisme en vigueur (PLU de la commune ou PLUi de son EPCI), zonage, prescriptions et informations. Chaque nouvelle version est gardée datée dans le registre (IDURBA, date d'approbation, date du relevé, adresse, empreinte du contenu) et comparée à la précédente : rapport HTML, couche et CSV des changements par commune. Une version déjà gardée n'est pas enregistrée deux fois. Hors ligne, la commune est signalée et le dernier instantané reste la référence.</source>
            <translation>Queries API Carto (GPU module) for one commune or for all those of the property and the buffer zone: planning document(s) in force (the commune's PLU or its EPCI's PLUi), zoning, prescriptions and informations. Each new version is kept dated in the register (IDURBA, approval date, fetch date, address, content hash) and compared with the previous one: HTML report, layer and CSV of the changes per commune. A version already kept is not recorded twice. Offline, the commune is reported and the last snapshot remains the reference.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/screen_layer.py" line="38" />
            <source>Pour chaque entité : zone (bien, zone_tampon, hors, erreur), composantes et éléments touchés, éléments à moins de la distance choisie, abords MH (500 m) et élément le plus proche avec sa distance. Les calculs sont faits en Lambert-93 (EPSG:2154) sur le jeu de référence configuré. Les entités sans géométrie ou hors de France sont conservées avec la zone « erreur » et un message.</source>
            <translation>For each feature: zone (bien, zone_tampon, hors, erreur), components and elements touched, elements within the chosen distance, MH surroundings (500 m) and the nearest element with its distance. Computed in Lambert-93 (EPSG:2154) on the configured reference set. Features without geometry or outside France are kept with the zone “erreur” and a message.</translation>
        </message>
        <message>
            <location filename="../../veille_plugin/processing/sweep.py" line="32" />
            <source>Importe une ou plusieurs listes de permis (Sitadel, CSV ou Excel d'ADS, couche), géolocalise chaque dossier (parcelles, coordonnées ou commune), le situe par rapport au Bien, applique les règles du plan de gestion, compare avec le registre de veille (nouveau, modifié, inchangé, disparu) et écrit dans le dossier de sortie le rapport HTML, cases.csv et cases.gpkg. Le registre n'est écrit qu'à la fin, en une transaction : un balayage annulé ou en échec ne perd rien.</source>
            <translation>Imports one or more permit lists (Sitadel, ADS CSV or Excel, layer), geolocates each case (parcels, coordinates or commune), locates it relative to the property, applies the management-plan rules, compares with the watch register (new, changed, unchanged, gone) and writes the HTML report, cases.csv and cases.gpkg to the output folder. The register is written only at the end, in one transaction: a cancelled or failed sweep loses nothing.</translation>
        </message>
    </context>
</TS>