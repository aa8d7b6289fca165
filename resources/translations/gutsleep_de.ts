<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
  <context>
    <name>gutsleep</name>
    <message>
      <source>Not enough days to compare yet: {outcome} was recorded on {n_a} baseline days and {n_b} change days, and each phase needs at least {min_days}.</source>
      <translation>Noch zu wenige Tage für einen Vergleich: Werte für {outcome} gibt es an {n_a} Tagen der Ausgangsphase und an {n_b} Tagen der Änderungsphase, und jede Phase braucht mindestens {min_days}.</translation>
    </message>
    <message>
      <source>{outcome} was {diff} {unit} {direction} during the change ({level}% interval {low} to {high} {unit}); that is more than the {smallest} {unit} you said would matter, and the interval excludes no change: an improvement during this experiment.</source>
      <translation>{outcome} war während der Änderung um {diff} {unit} {direction} ({level}%-Intervall {low} bis {high} {unit}); das ist mehr als die {smallest} {unit}, die Ihnen wichtig wären, und das Intervall schließt „keine Änderung“ aus: eine Verbesserung während dieses Experiments.</translation>
    </message>
    <message>
      <source>{outcome} was {diff} {unit} {direction} during the change ({level}% interval {low} to {high} {unit}); that is more than the {smallest} {unit} you said would matter, and the interval excludes no change, but for this measure {good} is better, so it went the wrong way.</source>
      <translation>{outcome} war während der Änderung um {diff} {unit} {direction} ({level}%-Intervall {low} bis {high} {unit}); das ist mehr als die {smallest} {unit}, die Ihnen wichtig wären, und das Intervall schließt „keine Änderung“ aus, aber bei diesem Maß ist {good} besser, es ging also in die falsche Richtung.</translation>
    </message>
    <message>
      <source>{outcome} was {diff} {unit} {direction} during the change ({level}% interval {low} to {high} {unit}); the interval includes changes smaller than the {smallest} {unit} that would matter, so this experiment cannot tell.</source>
      <translation>{outcome} war während der Änderung um {diff} {unit} {direction} ({level}%-Intervall {low} bis {high} {unit}); das Intervall enthält Änderungen, die kleiner sind als die {smallest} {unit}, die wichtig wären, daher kann dieses Experiment es nicht sagen.</translation>
    </message>
    <message>
      <source>{outcome} was {diff} {unit} {direction} during the change ({level}% interval {low} to {high} {unit}); the whole interval is smaller than the {smallest} {unit} you said would matter, so any change was too small to matter.</source>
      <translation>{outcome} war während der Änderung um {diff} {unit} {direction} ({level}%-Intervall {low} bis {high} {unit}); das ganze Intervall ist kleiner als die {smallest} {unit}, die Ihnen wichtig wären, eine etwaige Änderung war also zu klein, um eine Rolle zu spielen.</translation>
    </message>
    <message>
      <source>{outcome} is missing on {missing_a} of {days_a} baseline days and {missing_b} of {days_b} change days; missing days are left out, not counted as zero.</source>
      <translation>Für {outcome} fehlen Werte an {missing_a} von {days_a} Tagen der Ausgangsphase und an {missing_b} von {days_b} Tagen der Änderungsphase; fehlende Tage werden weggelassen, nicht als null gezählt.</translation>
    </message>
    <message>
      <source>The change was marked as done on {done} of the {days} change days ({not_done} not done, {unanswered} not answered).</source>
      <translation>Die Änderung wurde an {done} der {days} Tage der Änderungsphase als umgesetzt markiert ({not_done} nicht umgesetzt, {unanswered} nicht beantwortet).</translation>
    </message>
    <message>
      <source>During baseline the change was marked as made anyway on {done} of {days} days.</source>
      <translation>In der Ausgangsphase wurde die Änderung an {done} von {days} Tagen trotzdem als gemacht markiert.</translation>
    </message>
    <message>
      <source>Without the {left_out} days that went against the plan, the difference is {diff} {unit} ({level}% interval {low} to {high} {unit}); this is a secondary estimate.</source>
      <translation>Ohne die {left_out} Tage, die vom Plan abwichen, beträgt der Unterschied {diff} {unit} ({level}%-Intervall {low} bis {high} {unit}); das ist eine zweitrangige Schätzung.</translation>
    </message>
    <message>
      <source>Nearby days resemble each other (correlation from one day to the next about {rho}); the interval allows for that.</source>
      <translation>Benachbarte Tage ähneln einander (Korrelation von einem Tag zum nächsten etwa {rho}); das Intervall berücksichtigt das.</translation>
    </message>
    <message>
      <source>{days} washout days between phases are left out of the comparison.</source>
      <translation>{days} Auswaschtage zwischen den Phasen bleiben beim Vergleich außen vor.</translation>
    </message>
    <message>
      <source>higher</source>
      <translation>höher</translation>
    </message>
    <message>
      <source>lower</source>
      <translation>niedriger</translation>
    </message>
    <message>
      <source>The experiment was ended early, so it has fewer days than planned and the comparison is weaker than it would have been.</source>
      <translation>Das Experiment wurde vorzeitig beendet; es umfasst daher weniger Tage als geplant, und der Vergleich ist weniger aussagekräftig, als er sonst gewesen wäre.</translation>
    </message>
    <message>
      <source>The result counts every day of each phase as planned, whatever the check-in said (intention to treat).</source>
      <translation>Das Ergebnis zählt jeden Tag jeder Phase wie geplant, gleich was beim Check-in angegeben wurde (Intention-to-treat).</translation>
    </message>
    <message>
      <source>Repeating the phases (ABAB) would make chance and slow drifts weaker explanations.</source>
      <translation>Die Phasen zu wiederholen (ABAB) würde Zufall und langsame Veränderungen als Erklärung schwächer machen.</translation>
    </message>
    <message>
      <source>Cycle phase: bleeding, hot flushes, sleep and digestion shift across a cycle, so phases that fell at different points of it can differ for that reason alone.</source>
      <translation>Zyklusphase: Blutung, Hitzewallungen, Schlaf und Verdauung verändern sich im Lauf eines Zyklus, daher können Phasen, die in unterschiedliche Abschnitte des Zyklus fielen, schon deshalb voneinander abweichen.</translation>
    </message>
    <message>
      <source>Season: daylight, temperature and routines change over the weeks, which can move sleep and digestion whatever else you do.</source>
      <translation>Jahreszeit: Tageslicht, Temperatur und Alltagsroutinen ändern sich über die Wochen, und das kann Schlaf und Verdauung beeinflussen, ganz gleich, was Sie sonst tun.</translation>
    </message>
    <message>
      <source>Other changes at the same time: a new medicine or supplement, travel, illness, or events at work or at home during one phase can explain a difference.</source>
      <translation>Andere Veränderungen zur selben Zeit: Ein neues Medikament oder Nahrungsergänzungsmittel, Reisen, Krankheit oder Ereignisse bei der Arbeit oder zu Hause während einer Phase können einen Unterschied erklären.</translation>
    </message>
    <message>
      <source>Expecting an effect: knowing that you were trying something can change how you sleep, how you feel and how you rate your days.</source>
      <translation>Erwartung einer Wirkung: Schon das Wissen, dass Sie etwas ausprobieren, kann verändern, wie Sie schlafen, wie Sie sich fühlen und wie Sie Ihre Tage bewerten.</translation>
    </message>
    <message>
      <source>This is an association, not proof of cause.</source>
      <translation>Das ist ein Zusammenhang, kein Beweis für eine Ursache.</translation>
    </message>
    <message>
      <source>After correcting for the {k} comparisons tested this may well be chance; and an association is not proof of cause.</source>
      <translation>Nach der Korrektur für die {k} geprüften Vergleiche kann dies gut Zufall sein; und ein Zusammenhang ist kein Beweis für eine Ursache.</translation>
    </message>
    <message>
      <source>From {first} to {last}: {k} comparisons tested; findings shown after correcting for that ({found} found).</source>
      <translation>Vom {first} bis {last}: {k} Vergleiche geprüft; Befunde werden nach der Korrektur dafür gezeigt ({found} gefunden).</translation>
    </message>
    <message>
      <source>Nothing to show yet. A pattern is shown only once at least {min_pairs} days have both a factor and the matching night's sleep or the day's gut recorded; the best-covered pair has {n} so far, so about {days} more such days are needed.</source>
      <translation>Noch nichts zu zeigen. Ein Muster wird erst gezeigt, wenn an mindestens {min_pairs} Tagen sowohl ein Faktor als auch der Schlaf der passenden Nacht oder der Darm des Tages erfasst sind; das am besten abgedeckte Paar hat bisher {n}, es werden also noch etwa {days} solche Tage gebraucht.</translation>
    </message>
    <message>
      <source>Nothing to show yet. {n} days have both a factor and an outcome recorded, but no comparison has at least {min_group} days on each side, with and without the factor. Comparisons appear once both kinds of day have been logged.</source>
      <translation>Noch nichts zu zeigen. An {n} Tagen sind sowohl ein Faktor als auch ein Ergebnis erfasst, aber kein Vergleich hat mindestens {min_group} Tage auf jeder Seite, mit und ohne den Faktor. Vergleiche erscheinen, sobald beide Arten von Tagen erfasst sind.</translation>
    </message>
    <message>
      <source>recorded on too few of the days</source>
      <translation>an zu wenigen der Tage erfasst</translation>
    </message>
    <message>
      <source>too few days with or without it</source>
      <translation>zu wenige Tage mit oder ohne</translation>
    </message>
    <message>
      <source>more factors than the days can carry</source>
      <translation>mehr Faktoren, als die Tage tragen können</translation>
    </message>
    <message>
      <source>says the same as the other factors</source>
      <translation>sagt dasselbe wie die anderen Faktoren</translation>
    </message>
    <message>
      <source>you slept {diff} min longer on average</source>
      <translation>haben Sie im Schnitt {diff} min länger geschlafen</translation>
    </message>
    <message>
      <source>you slept {diff} min less on average</source>
      <translation>haben Sie im Schnitt {diff} min weniger geschlafen</translation>
    </message>
    <message>
      <source>your sleep efficiency was {diff} percentage points higher on average</source>
      <translation>war Ihre Schlafeffizienz im Schnitt um {diff} Prozentpunkte höher</translation>
    </message>
    <message>
      <source>your sleep efficiency was {diff} percentage points lower on average</source>
      <translation>war Ihre Schlafeffizienz im Schnitt um {diff} Prozentpunkte niedriger</translation>
    </message>
    <message>
      <source>you took {diff} min longer to fall asleep on average</source>
      <translation>haben Sie im Schnitt {diff} min länger zum Einschlafen gebraucht</translation>
    </message>
    <message>
      <source>you took {diff} min less to fall asleep on average</source>
      <translation>haben Sie im Schnitt {diff} min weniger zum Einschlafen gebraucht</translation>
    </message>
    <message>
      <source>you spent {diff} min more time awake in the night on average</source>
      <translation>waren Sie nachts im Schnitt {diff} min länger wach</translation>
    </message>
    <message>
      <source>you spent {diff} min less time awake in the night on average</source>
      <translation>waren Sie nachts im Schnitt {diff} min kürzer wach</translation>
    </message>
    <message>
      <source>you rated your sleep {diff} points higher on average</source>
      <translation>haben Sie Ihren Schlaf im Schnitt um {diff} Punkte höher bewertet</translation>
    </message>
    <message>
      <source>you rated your sleep {diff} points lower on average</source>
      <translation>haben Sie Ihren Schlaf im Schnitt um {diff} Punkte niedriger bewertet</translation>
    </message>
    <message>
      <source>you rated your bloating {diff} points higher on average</source>
      <translation>bewerteten Sie Ihre Blähungen im Schnitt um {diff} Punkte höher</translation>
    </message>
    <message>
      <source>you rated your bloating {diff} points lower on average</source>
      <translation>bewerteten Sie Ihre Blähungen im Schnitt um {diff} Punkte niedriger</translation>
    </message>
    <message>
      <source>you rated your abdominal discomfort {diff} points higher on average</source>
      <translation>bewerteten Sie Ihre Bauchbeschwerden im Schnitt um {diff} Punkte höher</translation>
    </message>
    <message>
      <source>you rated your abdominal discomfort {diff} points lower on average</source>
      <translation>bewerteten Sie Ihre Bauchbeschwerden im Schnitt um {diff} Punkte niedriger</translation>
    </message>
    <message>
      <source>your stools were {diff} Bristol types further from type 4 on average</source>
      <translation>lag Ihr Stuhl im Schnitt um {diff} Bristol-Typen weiter von Typ 4 entfernt</translation>
    </message>
    <message>
      <source>your stools were {diff} Bristol types closer to type 4 on average</source>
      <translation>lag Ihr Stuhl im Schnitt um {diff} Bristol-Typen näher an Typ 4</translation>
    </message>
    <message>
      <source>“{name}” was {diff} {unit} higher on average</source>
      <translation>„{name}“ war im Mittel um {diff} {unit} höher</translation>
    </message>
    <message>
      <source>“{name}” was {diff} {unit} lower on average</source>
      <translation>„{name}“ war im Mittel um {diff} {unit} niedriger</translation>
    </message>
    <message>
      <source>On the {n_with} nights after a day with {condition}, {effect} than on the {n_without} other nights, with the other factors taken into account ({level}% interval {low} to {high} {unit}). {caveat}</source>
      <translation>In den {n_with} Nächten nach einem Tag mit {condition} {effect} als in den {n_without} anderen Nächten, unter Berücksichtigung der anderen Faktoren ({level}-%-Intervall {low} bis {high} {unit}). {caveat}</translation>
    </message>
    <message>
      <source>On the {n_with} nights with {condition}, {effect} than on the {n_without} other nights, with the other factors taken into account ({level}% interval {low} to {high} {unit}). {caveat}</source>
      <translation>In den {n_with} Nächten mit {condition} {effect} als in den {n_without} anderen Nächten, unter Berücksichtigung der anderen Faktoren ({level}-%-Intervall {low} bis {high} {unit}). {caveat}</translation>
    </message>
    <message>
      <source>On the {n_with} days with {condition}, {effect} than on the {n_without} other days, with the other factors taken into account ({level}% interval {low} to {high} {unit}). {caveat}</source>
      <translation>An den {n_with} Tagen mit {condition} {effect} als an den {n_without} anderen Tagen, unter Berücksichtigung der anderen Faktoren ({level}-%-Intervall {low} bis {high} {unit}). {caveat}</translation>
    </message>
    <message>
      <source>Taking into account: {factors}, the day of the week and a linear trend.</source>
      <translation>Berücksichtigt: {factors}, der Wochentag und ein linearer Trend.</translation>
    </message>
    <message>
      <source>Taking into account the day of the week and a linear trend.</source>
      <translation>Berücksichtigt: der Wochentag und ein linearer Trend.</translation>
    </message>
    <message>
      <source>min</source>
      <translation>min</translation>
    </message>
    <message>
      <source>points</source>
      <translation>Punkte</translation>
    </message>
    <message>
      <source>0-10</source>
      <translation>0-10</translation>
    </message>
    <message>
      <source>servings</source>
      <translation>Portionen</translation>
    </message>
    <message>
      <source>drinks</source>
      <translation>Getränke</translation>
    </message>
    <message>
      <source>yes/no</source>
      <translation>ja/nein</translation>
    </message>
    <message>
      <source>Stool form: distance from Bristol type 4</source>
      <translation>Stuhlform: Abstand von Bristol-Typ 4</translation>
    </message>
    <message>
      <source>types</source>
      <translation>Typen</translation>
    </message>
    <message>
      <source>Bristol types</source>
      <translation>Bristol-Typen</translation>
    </message>
    <message>
      <source>Total sleep time</source>
      <translation>Gesamtschlafzeit</translation>
    </message>
    <message>
      <source>Sleep efficiency</source>
      <translation>Schlafeffizienz</translation>
    </message>
    <message>
      <source>%</source>
      <translation>%</translation>
    </message>
    <message>
      <source>Time to fall asleep</source>
      <translation>Einschlafdauer</translation>
    </message>
    <message>
      <source>Time awake during the night</source>
      <translation>Wachzeit nach dem Einschlafen</translation>
    </message>
    <message>
      <source>Time in bed</source>
      <translation>Zeit im Bett</translation>
    </message>
    <message>
      <source>Hot-flush score</source>
      <translation>Hitzewallungs-Score</translation>
    </message>
    <message>
      <source>Different plants</source>
      <translation>Verschiedene Pflanzen</translation>
    </message>
    <message>
      <source>plants</source>
      <translation>Pflanzen</translation>
    </message>
    <message>
      <source>Personal trigger food eaten</source>
      <translation>Persönliches Trigger-Lebensmittel gegessen</translation>
    </message>
    <message>
      <source>Menstrual bleeding</source>
      <translation>Menstruationsblutung</translation>
    </message>
    <message>
      <source>Stress practice</source>
      <translation>Stressbewältigung</translation>
    </message>
    <message>
      <source>Bowel movements</source>
      <translation>Stuhlgänge</translation>
    </message>
    <message>
      <source>count</source>
      <translation>Anzahl</translation>
    </message>
    <message>
      <source>percentage points</source>
      <translation>Prozentpunkte</translation>
    </message>
    <message>
      <source>any hot flush</source>
      <translation>mindestens einer Hitzewallung</translation>
    </message>
    <message>
      <source>5 or more different plants</source>
      <translation>5 oder mehr verschiedenen Pflanzen</translation>
    </message>
    <message>
      <source>a personal trigger food</source>
      <translation>einem persönlichen Trigger-Lebensmittel</translation>
    </message>
    <message>
      <source>menstrual bleeding or spotting</source>
      <translation>Menstruations- oder Schmierblutung</translation>
    </message>
    <message>
      <source>20 or more minutes of stress practice</source>
      <translation>20 oder mehr Minuten Stressbewältigung</translation>
    </message>
    <message>
      <source>no bowel movement</source>
      <translation>keinem Stuhlgang</translation>
    </message>
    <message>
      <source>The journal can't be opened</source>
      <translation>Das Tagebuch lässt sich nicht öffnen</translation>
    </message>
    <message>
      <source>The journal is busy</source>
      <translation>Das Tagebuch ist belegt</translation>
    </message>
    <message>
      <source>This file is larger than the {limit} MB an article may have.</source>
      <translation>Diese Datei ist größer als die {limit} MB, die ein Artikel haben darf.</translation>
    </message>
    <message>
      <source>This stored article is larger than the {limit} MB that can be shown safely.</source>
      <translation>Dieser gespeicherte Artikel ist größer als die {limit} MB, die sicher angezeigt werden können.</translation>
    </message>
    <message>
      <source>This article is nested too deeply to show safely (more than {limit} levels).</source>
      <translation>Dieser Artikel ist zu tief verschachtelt, um ihn sicher anzuzeigen (mehr als {limit} Ebenen).</translation>
    </message>
    <message>
      <source>This article has more table cells than can be shown safely (more than {limit}).</source>
      <translation>Dieser Artikel hat mehr Tabellenzellen, als sicher angezeigt werden können (mehr als {limit}).</translation>
    </message>
    <message>
      <source>This article has more paragraphs and lines than can be shown safely (more than {limit}).</source>
      <translation>Dieser Artikel hat mehr Absätze und Zeilen, als sicher angezeigt werden können (mehr als {limit}).</translation>
    </message>
    <message>
      <source>This article is longer than can be shown safely (more than {limit} characters of text).</source>
      <translation>Dieser Artikel ist länger, als sicher angezeigt werden kann (mehr als {limit} Zeichen Text).</translation>
    </message>
    <message>
      <source>This article has more formatting than can be shown safely (more than {limit} elements).</source>
      <translation>Dieser Artikel hat mehr Formatierungen, als sicher angezeigt werden können (mehr als {limit} Elemente).</translation>
    </message>
    <message>
      <source>This article has more links and headings than can be shown safely (more than {limit}).</source>
      <translation>Dieser Artikel hat mehr Links und Überschriften, als sicher angezeigt werden können (mehr als {limit}).</translation>
    </message>
    <message>
      <source>This article has more markup than can be read safely (more than {limit} tags).</source>
      <translation>Dieser Artikel hat mehr Auszeichnungen, als sicher gelesen werden können (mehr als {limit} Tags).</translation>
    </message>
    <message>
      <source>This article has a word too long to show safely (more than {limit} characters).</source>
      <translation>Dieser Artikel hat ein Wort, das zu lang ist, um es sicher anzuzeigen (mehr als {limit} Zeichen).</translation>
    </message>
    <message>
      <source>No data in this range yet</source>
      <translation>Noch keine Daten in diesem Zeitraum</translation>
    </message>
    <message>
      <source>Bleeding days</source>
      <translation>Blutungstage</translation>
    </message>
    <message>
      <source>{value} {unit}</source>
      <translation>{value} {unit}</translation>
    </message>
    <message>
      <source>{value} on the {unit} scale</source>
      <translation>{value} auf der Skala {unit}</translation>
    </message>
    <message>
      <source>{hours} h {minutes} min</source>
      <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
      <source>{minutes} min</source>
      <translation>{minutes} min</translation>
    </message>
    <message>
      <source>Middle half of the days (interquartile range)</source>
      <translation>Mittlere Hälfte der Tage (Interquartilsabstand)</translation>
    </message>
    <message>
      <source>Fewer than 4 of every 7 days logged: mean of those days</source>
      <translation>Weniger als 4 von je 7 Tagen erfasst: Mittel dieser Tage</translation>
    </message>
    <message>
      <source>Week of {day}</source>
      <translation>Woche vom {day}</translation>
    </message>
    <message>
      <source>{when}: {measure} mean {value} (middle half of the days {low} to {high}); {n} of {days} days logged</source>
      <translation>{when}: {measure} im Mittel {value} (mittlere Hälfte der Tage {low} bis {high}); {n} von {days} Tagen erfasst</translation>
    </message>
    <message>
      <source>{when}: {measure} yes on {share} % of the {n} of {days} days logged</source>
      <translation>{when}: {measure} ja an {share} % der {n} von {days} erfassten Tage</translation>
    </message>
    <message>
      <source>{when}: only {n} of {days} days logged, too few for a mean ({measure} {value} on those)</source>
      <translation>{when}: nur {n} von {days} Tagen erfasst, zu wenige für ein Mittel ({measure} {value} an diesen)</translation>
    </message>
    <message>
      <source>{when}: {measure} not recorded</source>
      <translation>{when}: {measure} nicht erfasst</translation>
    </message>
    <message>
      <source>Weekly mean</source>
      <translation>Wochenmittel</translation>
    </message>
    <message>
      <source>Monthly mean</source>
      <translation>Monatsmittel</translation>
    </message>
    <message>
      <source>{day}: {measure} {value}</source>
      <translation>{day}: {measure} {value}</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <source>no</source>
      <translation>nein</translation>
    </message>
    <message>
      <source>{day}: {change}.</source>
      <translation>{day}: {change}.</translation>
    </message>
    <message>
      <source>{day}: {measure} not recorded</source>
      <translation>{day}: {measure} nicht erfasst</translation>
    </message>
    <message>
      <source>{day}: {measure} {value}; 7-day mean {mean}</source>
      <translation>{day}: {measure} {value}; 7-Tage-Mittel {mean}</translation>
    </message>
    <message>
      <source>Daily value</source>
      <translation>Tageswert</translation>
    </message>
    <message>
      <source>7-day mean</source>
      <translation>7-Tage-Mittel</translation>
    </message>
    <message>
      <source>h:min</source>
      <translation>h:min</translation>
    </message>
    <message>
      <source>ρ = {rho} (95% interval {low} to {high})
n = {n} days with both</source>
      <translation>ρ = {rho} (95-%-Intervall {low} bis {high})
n = {n} Tage mit beiden Werten</translation>
    </message>
    <message>
      <source>ρ = {rho}, too few days for an interval
n = {n} days with both</source>
      <translation>ρ = {rho}, zu wenige Tage für ein Intervall
n = {n} Tage mit beiden Werten</translation>
    </message>
    <message>
      <source>Fewer than 5 days have both: no correlation given</source>
      <translation>Weniger als 5 Tage haben beide Werte: keine Korrelation angegeben</translation>
    </message>
    <message>
      <source>{a} and {b} on the same days: Spearman's ρ = {rho} (95% interval {low} to {high}) over n = {n} days with both.</source>
      <translation>{a} und {b} an denselben Tagen: Spearmans ρ = {rho} (95-%-Intervall {low} bis {high}) über n = {n} Tage mit beiden Werten.</translation>
    </message>
    <message>
      <source>{a} and {b} on the same days: Spearman's ρ = {rho} over n = {n} days with both, too few independent days for an interval.</source>
      <translation>{a} und {b} an denselben Tagen: Spearmans ρ = {rho} über n = {n} Tage mit beiden Werten, zu wenige unabhängige Tage für ein Intervall.</translation>
    </message>
    <message>
      <source>Neighbouring days resemble each other, so the interval counts them as about {n_eff} independent days.</source>
      <translation>Benachbarte Tage ähneln einander, daher rechnet das Intervall mit etwa {n_eff} unabhängigen Tagen.</translation>
    </message>
    <message>
      <source>An association is not a cause: both can follow something else, such as the season, the cycle or a stressful month.</source>
      <translation>Ein Zusammenhang ist keine Ursache: Beide können einer dritten Sache folgen, etwa der Jahreszeit, dem Zyklus oder einem belastenden Monat.</translation>
    </message>
    <message>
      <source>{a} and {b}: fewer than 5 days in this range have both, too few to compare.</source>
      <translation>{a} und {b}: Weniger als 5 Tage in diesem Zeitraum haben beide Werte, zu wenige für einen Vergleich.</translation>
    </message>
    <message>
      <source>{a} {x}, {b} {y}</source>
      <translation>{a} {x}, {b} {y}</translation>
    </message>
    <message>
      <source>No data in this range yet.</source>
      <translation>Noch keine Daten in diesem Zeitraum.</translation>
    </message>
    <message>
      <source>Total sleep per night: your diary and the device</source>
      <translation>Gesamtschlafzeit pro Nacht: Ihr Tagebuch und das Gerät</translation>
    </message>
    <message>
      <source>Weekly mean difference, device minus diary (nights with both)</source>
      <translation>Wöchentlicher mittlerer Unterschied, Gerät minus Tagebuch (Nächte mit beidem)</translation>
    </message>
    <message>
      <source>On the {n} nights with both, the device counted {minutes} minutes {direction} sleep than your diary on average.</source>
      <translation>In den {n} Nächten mit beidem zählte das Gerät im Mittel {minutes} Minuten {direction} Schlaf als Ihr Tagebuch.</translation>
    </message>
    <message>
      <source>Your diary</source>
      <translation>Ihr Tagebuch</translation>
    </message>
    <message>
      <source>Device</source>
      <translation>Gerät</translation>
    </message>
    <message>
      <source>{n} device nights, none with a diary night to compare.</source>
      <translation>{n} Gerätenächte, keine mit einer Tagebuchnacht zum Vergleich.</translation>
    </message>
    <message>
      <source>Night to {night}: diary {diary}, device {device}</source>
      <translation>Nacht auf den {night}: Tagebuch {diary}, Gerät {device}</translation>
    </message>
    <message>
      <source>more</source>
      <translation>mehr</translation>
    </message>
    <message>
      <source>less</source>
      <translation>weniger</translation>
    </message>
    <message>
      <source>Baseline</source>
      <translation>Ausgangsphase</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Änderungsphase</translation>
    </message>
    <message>
      <source>Washout</source>
      <translation>Auswaschphase</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>Geplant</translation>
    </message>
    <message>
      <source>Actual</source>
      <translation>Tatsächlich</translation>
    </message>
    <message>
      <source>Days from the start</source>
      <translation>Tage ab Beginn</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Heute</translation>
    </message>
    <message>
      <source>No experiment days yet.</source>
      <translation>Noch keine Experimenttage.</translation>
    </message>
    <message>
      <source>No {outcome} recorded on the experiment's days so far.</source>
      <translation>Bisher keine Werte für {outcome} an den Tagen des Experiments.</translation>
    </message>
    <message>
      <source>{outcome} ({unit})</source>
      <translation>{outcome} ({unit})</translation>
    </message>
    <message>
      <source>Days with {condition}</source>
      <translation>Tage mit {condition}</translation>
    </message>
    <message>
      <source>Nights with {condition}</source>
      <translation>Nächte mit {condition}</translation>
    </message>
    <message>
      <source>Nights after a day with {condition}</source>
      <translation>Nächte nach einem Tag mit {condition}</translation>
    </message>
    <message>
      <source>Other days</source>
      <translation>Übrige Tage</translation>
    </message>
    <message>
      <source>Other nights</source>
      <translation>Übrige Nächte</translation>
    </message>
    <message>
      <source>{group}: {n}, average {mean}</source>
      <translation>{group}: {n}, Durchschnitt {mean}</translation>
    </message>
    <message>
      <source>Average</source>
      <translation>Durchschnitt</translation>
    </message>
    <message>
      <source>Median and middle half</source>
      <translation>Median und mittlere Hälfte</translation>
    </message>
    <message>
      <source>Sleep and gut diary: report for a clinician</source>
      <translation>Schlaf- und Darmtagebuch: Bericht für Behandelnde</translation>
    </message>
    <message>
      <source>All the information in this report is self-reported: the person entered it themselves in the gutsleep journal app. None of it was measured by a device or checked by a clinician.</source>
      <translation>Alle Angaben in diesem Bericht sind Selbstauskünfte: Die Person hat sie selbst in der Tagebuch-App gutsleep eingetragen. Nichts davon wurde von einem Gerät gemessen oder von Behandelnden geprüft.</translation>
    </message>
    <message>
      <source>Self-reported data, not medical advice. An association is not causation: measures that move together do not show that one causes the other.</source>
      <translation>Selbst erfasste Daten, keine medizinische Beratung. Ein Zusammenhang ist kein Beweis für eine Ursache: Werte, die sich gemeinsam verändern, zeigen nicht, dass der eine den anderen verursacht.</translation>
    </message>
    <message>
      <source>No days were recorded between {first} and {last}, so there is nothing to summarise for this period.</source>
      <translation>Zwischen {first} und {last} wurden keine Tage erfasst; für diesen Zeitraum gibt es daher nichts zusammenzufassen.</translation>
    </message>
    <message>
      <source>Made offline with gutsleep {version} on {made}.</source>
      <translation>Offline erstellt mit gutsleep {version} am {made}.</translation>
    </message>
    <message>
      <source>Definitions (Consensus Sleep Diary; a night is filed under the date of waking): SOL, minutes from lights out to falling asleep; WASO, minutes awake in the night; TST, lights out to the final awakening minus SOL and WASO; TIB, into bed to out of bed; SE, TST as a share of TIB; quality from 1 (very poor) to 5 (very good). TST and SE are left out of a night when they cannot be computed.</source>
      <translation>Definitionen (Consensus Sleep Diary; eine Nacht steht unter dem Datum des Aufwachens): SOL, Minuten vom Licht-aus bis zum Einschlafen; WASO, Minuten wach in der Nacht; TST, Licht-aus bis zum endgültigen Aufwachen minus SOL und WASO; TIB, vom Zubettgehen bis zum Aufstehen; SE, TST als Anteil an TIB; Qualität von 1 (sehr schlecht) bis 5 (sehr gut). TST und SE fehlen in einer Nacht, wenn sie sich nicht berechnen lassen.</translation>
    </message>
    <message>
      <source>Fonts are embedded and the text can be searched; the PDF has no tagged structure for screen readers, which its writer (matplotlib) cannot make.</source>
      <translation>Die Schriften sind eingebettet und der Text ist durchsuchbar; das PDF hat keine getaggte Struktur für Screenreader, denn sein Erzeuger (matplotlib) kann keine schreiben.</translation>
    </message>
    <message>
      <source>One row per week (Monday to Sunday): the mean over the nights with a value; an empty cell means nothing was recorded (never zero). The last rows: the whole period's mean, standard deviation between nights (SD) and number of nights with a value. Bleeding days: days with bleeding / days answered.</source>
      <translation>Eine Zeile pro Woche (Montag bis Sonntag): der Mittelwert über die Nächte mit einem Wert; eine leere Zelle heißt, dass nichts eingetragen wurde (nie null). Die letzten Zeilen: Mittelwert des ganzen Zeitraums, Standardabweichung zwischen den Nächten (SD) und Zahl der Nächte mit einem Wert. Blutungstage: Tage mit Blutung / beantwortete Tage.</translation>
    </message>
    <message>
      <source>One row per calendar month: the mean over the nights with a value; an empty cell means nothing was recorded (never zero). The last rows: the whole period's mean, standard deviation between nights (SD) and number of nights with a value. Bleeding days: days with bleeding / days answered.</source>
      <translation>Eine Zeile pro Kalendermonat: der Mittelwert über die Nächte mit einem Wert; eine leere Zelle heißt, dass nichts eingetragen wurde (nie null). Die letzten Zeilen: Mittelwert des ganzen Zeitraums, Standardabweichung zwischen den Nächten (SD) und Zahl der Nächte mit einem Wert. Blutungstage: Tage mit Blutung / beantwortete Tage.</translation>
    </message>
    <message>
      <source>gutsleep · report for a clinician · {first} to {last} · self-reported data</source>
      <translation>gutsleep · Bericht für Behandelnde · {first} bis {last} · selbst erfasste Daten</translation>
    </message>
    <message>
      <source>Page {number} of {total}</source>
      <translation>Seite {number} von {total}</translation>
    </message>
    <message>
      <source>Week from</source>
      <translation>Woche ab</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>Monat</translation>
    </message>
    <message>
      <source>Nights</source>
      <translation>Nächte</translation>
    </message>
    <message>
      <source>SOL
min</source>
      <translation>SOL
min</translation>
    </message>
    <message>
      <source>WASO
min</source>
      <translation>WASO
min</translation>
    </message>
    <message>
      <source>TST
h:mm</source>
      <translation>TST
h:mm</translation>
    </message>
    <message>
      <source>TIB
h:mm</source>
      <translation>TIB
h:mm</translation>
    </message>
    <message>
      <source>SE
%</source>
      <translation>SE
%</translation>
    </message>
    <message>
      <source>Quality
1-5</source>
      <translation>Qualität
1-5</translation>
    </message>
    <message>
      <source>Sweats or
flushes/night</source>
      <translation>Schweiß o.
Hitze/Nacht</translation>
    </message>
    <message>
      <source>Bleeding
days</source>
      <translation>Blutungs-
tage</translation>
    </message>
    <message>
      <source>Night sweats or hot flushes: on {with_any} of the {n} nights answered, {mean} times a night on average (most in one night: {high}).</source>
      <translation>Nachtschweiß oder Hitzewallungen: in {with_any} der {n} beantworteten Nächte, im Mittel {mean}-mal pro Nacht (höchstens in einer Nacht: {high}).</translation>
    </message>
    <message>
      <source>Night sweats or hot flushes: not recorded in this period.</source>
      <translation>Nachtschweiß oder Hitzewallungen: in diesem Zeitraum nicht eingetragen.</translation>
    </message>
    <message>
      <source>Bleeding: not recorded in this period.</source>
      <translation>Blutung: in diesem Zeitraum nicht eingetragen.</translation>
    </message>
    <message>
      <source>Weekly total sleep time and sleep efficiency</source>
      <translation>Gesamtschlafzeit und Schlafeffizienz pro Woche</translation>
    </message>
    <message>
      <source>TST (hours)</source>
      <translation>TST (Stunden)</translation>
    </message>
    <message>
      <source>SE (%)</source>
      <translation>SE (%)</translation>
    </message>
    <message>
      <source>Regimen change</source>
      <translation>Änderung eines Einnahmeplans</translation>
    </message>
    <message>
      <source>not sure</source>
      <translation>nicht sicher</translation>
    </message>
    <message>
      <source>Date
(woke up)</source>
      <translation>Datum
(aufgewacht)</translation>
    </message>
    <message>
      <source>Into
bed</source>
      <translation>Ins
Bett</translation>
    </message>
    <message>
      <source>Lights
out</source>
      <translation>Licht
aus</translation>
    </message>
    <message>
      <source>Awaken-
ings</source>
      <translation>Wach-
phasen</translation>
    </message>
    <message>
      <source>Final
wake</source>
      <translation>Letztes
Erwachen</translation>
    </message>
    <message>
      <source>Out of
bed</source>
      <translation>Aufge-
standen</translation>
    </message>
    <message>
      <source>Early
min</source>
      <translation>Früh
Min.</translation>
    </message>
    <message>
      <source>Qual.
1-5</source>
      <translation>Qual.
1-5</translation>
    </message>
    <message>
      <source>Naps
(min)</source>
      <translation>Nickerch.
(Min.)</translation>
    </message>
    <message>
      <source>Sweats</source>
      <translation>Schweiß</translation>
    </message>
    <message>
      <source>Bleed-
ing</source>
      <translation>Blu-
tung</translation>
    </message>
    <message>
      <source>none</source>
      <translation>keine</translation>
    </message>
    <message>
      <source>spot</source>
      <translation>Schmier.</translation>
    </message>
    <message>
      <source>light</source>
      <translation>leicht</translation>
    </message>
    <message>
      <source>medium</source>
      <translation>mittel</translation>
    </message>
    <message>
      <source>heavy</source>
      <translation>stark</translation>
    </message>
    <message>
      <source>Period: {first} to {last} ({days} days). Days with entries: {n} of {days}.</source>
      <translation>Zeitraum: {first} bis {last} ({days} Tage). Tage mit Einträgen: {n} von {days}.</translation>
    </message>
    <message>
      <source>Sleep diary (Consensus Sleep Diary)</source>
      <translation>Schlaftagebuch (Consensus Sleep Diary)</translation>
    </message>
    <message>
      <source>Nights logged: {n} of {days}.</source>
      <translation>Eingetragene Nächte: {n} von {days}.</translation>
    </message>
    <message>
      <source>Period mean</source>
      <translation>Mittelwert</translation>
    </message>
    <message>
      <source>SD</source>
      <translation>SD</translation>
    </message>
    <message>
      <source>n nights</source>
      <translation>n Nächte</translation>
    </message>
    <message>
      <source>Hot-flush diary kept on {n} days: a hot flush on {with_any} of them; daily score (each flush 1 mild to 4 very severe) {mean} on average, {high} at most.</source>
      <translation>Hitzewallungs-Tagebuch an {n} Tagen geführt: an {with_any} davon eine Hitzewallung; Tages-Score (je Wallung 1 leicht bis 4 sehr stark) im Mittel {mean}, höchstens {high}.</translation>
    </message>
    <message>
      <source>Bleeding: none on the {n} days answered.</source>
      <translation>Blutung: keine an den {n} beantworteten Tagen.</translation>
    </message>
    <message>
      <source>Bleeding days: {days} of {n} answered. Episodes: {episodes}, the last beginning on {last_start}; last bleeding day: {last_day}.</source>
      <translation>Blutungstage: {days} von {n} beantworteten. Episoden: {episodes}, die letzte begann am {last_start}; letzter Blutungstag: {last_day}.</translation>
    </message>
    <message>
      <source>Night sweats, hot flushes and bleeding</source>
      <translation>Nachtschweiß, Hitzewallungen und Blutung</translation>
    </message>
    <message>
      <source>Medicines</source>
      <translation>Medikamente</translation>
    </message>
    <message>
      <source>Medicine</source>
      <translation>Medikament</translation>
    </message>
    <message>
      <source>Dose</source>
      <translation>Dosis</translation>
    </message>
    <message>
      <source>First day</source>
      <translation>Erster Tag</translation>
    </message>
    <message>
      <source>Last day</source>
      <translation>Letzter Tag</translation>
    </message>
    <message>
      <source>Days taken</source>
      <translation>Tage eingenommen</translation>
    </message>
    <message>
      <source>Gut symptoms and Bristol stool types</source>
      <translation>Darmbeschwerden und Bristol-Stuhltypen</translation>
    </message>
    <message>
      <source>Gut
days</source>
      <translation>Darm-
tage</translation>
    </message>
    <message>
      <source>Bloating
0-10</source>
      <translation>Blähbauch
0-10</translation>
    </message>
    <message>
      <source>Discomfort
0-10</source>
      <translation>Beschwerden
0-10</translation>
    </message>
    <message>
      <source>Movements
a day</source>
      <translation>Stuhlgänge
pro Tag</translation>
    </message>
    <message>
      <source>Types 1-2
(hard)</source>
      <translation>Typ 1-2
(hart)</translation>
    </message>
    <message>
      <source>Types 3-5</source>
      <translation>Typ 3-5</translation>
    </message>
    <message>
      <source>Types 6-7
(loose)</source>
      <translation>Typ 6-7
(weich)</translation>
    </message>
    <message>
      <source>Means over the days with a value; Bristol types as shares of the movements typed.</source>
      <translation>Mittelwerte über die Tage mit einem Wert; Bristol-Typen als Anteil der Stuhlgänge mit Typ.</translation>
    </message>
    <message>
      <source>Trackers of your own</source>
      <translation>Eigene Tracker</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Zeitraum</translation>
    </message>
    <message>
      <source>Mean over the days with a value, and how many days had one (n); a yes/no tracker shows days with yes / days answered. An empty cell means nothing was recorded (never zero).</source>
      <translation>Mittelwert über die Tage mit einem Wert und die Zahl dieser Tage (n); bei einem Ja/Nein-Tracker Tage mit Ja / beantwortete Tage. Eine leere Zelle bedeutet, dass nichts erfasst wurde (niemals null).</translation>
    </message>
    <message>
      <source>Latest screening checklist</source>
      <translation>Letzte Screening-Checkliste</translation>
    </message>
    <message>
      <source>Taken on {day}. Result: {headline}</source>
      <translation>Ausgefüllt am {day}. Ergebnis: {headline}</translation>
    </message>
    <message>
      <source>Bedtime</source>
      <translation>Zubettgehzeit</translation>
    </message>
    <message>
      <source>Rising time</source>
      <translation>Aufstehzeit</translation>
    </message>
    <message>
      <source>Nights logged</source>
      <translation>Eingetragene Nächte</translation>
    </message>
    <message>
      <source>SE %</source>
      <translation>SE %</translation>
    </message>
    <message>
      <source>Sleep window (sleep scheduling) history</source>
      <translation>Verlauf des Schlaffensters (Schlafplanung)</translation>
    </message>
    <message>
      <source>Patterns in this period</source>
      <translation>Muster in diesem Zeitraum</translation>
    </message>
    <message>
      <source>Each pattern is estimated with the other factors taken into account. Associations, not causes: measures that move together do not show that one causes the other.</source>
      <translation>Jedes Muster wird unter Berücksichtigung der anderen Faktoren geschätzt. Zusammenhänge, keine Ursachen: Werte, die sich gemeinsam bewegen, zeigen nicht, dass der eine den anderen verursacht.</translation>
    </message>
    <message>
      <source>Completed self-experiments</source>
      <translation>Abgeschlossene Selbstexperimente</translation>
    </message>
    <message>
      <source>Appendix: the daily sleep diary</source>
      <translation>Anhang: das tägliche Schlaftagebuch</translation>
    </message>
    <message>
      <source>One row per night, under the date of waking; clock times as entered. Early: minutes from the final awakening to getting out of bed. Naps: how many (their minutes). Sweats: night sweats or hot flushes. An empty cell means nothing was recorded (never zero).</source>
      <translation>Eine Zeile pro Nacht, unter dem Datum des Aufwachens; Uhrzeiten wie eingetragen. Früh: Minuten vom endgültigen Aufwachen bis zum Aufstehen. Nickerchen: wie viele (ihre Minuten). Schweiß: Nachtschweiß oder Hitzewallungen. Eine leere Zelle heißt, dass nichts eingetragen wurde (nie null).</translation>
    </message>
    <message>
      <source>No entries</source>
      <translation>Keine Einträge</translation>
    </message>
    <message>
      <source>Only the last twelve months have rows. Each year's TST and SE: {years}.</source>
      <translation>Nur die letzten zwölf Monate haben Zeilen. TST und SE jedes Jahres: {years}.</translation>
    </message>
    <message>
      <source>No medicines were recorded in this period.</source>
      <translation>In diesem Zeitraum wurden keine Medikamente eingetragen.</translation>
    </message>
    <message>
      <source>Medicines begun earlier, not listed: {n} (the appendix lists every day).</source>
      <translation>Früher begonnene, hier nicht gelistete Medikamente: {n} (der Anhang zeigt jeden Tag).</translation>
    </message>
    <message>
      <source>Dotted lines: the day each medicine in the list below was first taken.</source>
      <translation>Gepunktete Linien: der Tag, an dem jedes Medikament der Liste unten zuerst genommen wurde.</translation>
    </message>
    <message>
      <source>No gut entries in this period.</source>
      <translation>Keine Darm-Einträge in diesem Zeitraum.</translation>
    </message>
    <message>
      <source>No tracker of your own recorded in this period.</source>
      <translation>In diesem Zeitraum wurde kein eigener Tracker erfasst.</translation>
    </message>
    <message>
      <source>No checklist completed.</source>
      <translation>Keine Checkliste ausgefüllt.</translation>
    </message>
    <message>
      <source>The answers are on the Checklist page ({n} questions).</source>
      <translation>Die Antworten stehen auf der Seite Checkliste ({n} Fragen).</translation>
    </message>
    <message>
      <source>Questions answered no: {n}.</source>
      <translation>Mit Nein beantwortete Fragen: {n}.</translation>
    </message>
    <message>
      <source>The patterns could not be computed.</source>
      <translation>Die Muster konnten nicht berechnet werden.</translation>
    </message>
    <message>
      <source>No self-experiment was completed in this period.</source>
      <translation>In diesem Zeitraum wurde kein Selbstexperiment abgeschlossen.</translation>
    </message>
    <message>
      <source>{title} ({start} to {end}): {verdict}</source>
      <translation>{title} ({start} bis {end}): {verdict}</translation>
    </message>
    <message>
      <source>Earlier completed experiments, on the Experiments page: {n}.</source>
      <translation>Frühere abgeschlossene Experimente, auf der Seite Experimente: {n}.</translation>
    </message>
    <message>
      <source>Days from one start to the next: median {median}, shortest {low}, longest {high}.</source>
      <translation>Tage von einem Beginn zum nächsten: Median {median}, kürzester Abstand {low}, längster {high}.</translation>
    </message>
    <message>
      <source>Question</source>
      <translation>Frage</translation>
    </message>
    <message>
      <source>Answer</source>
      <translation>Antwort</translation>
    </message>
    <message>
      <source>No comparison stands out once the number of comparisons is taken into account.</source>
      <translation>Kein Vergleich sticht heraus, wenn man die Zahl der Vergleiche berücksichtigt.</translation>
    </message>
    <message>
      <source>Mean sleep efficiency per week (80 % and 85 % marked)</source>
      <translation>Mittlere Schlafeffizienz pro Woche (80 % und 85 % markiert)</translation>
    </message>
    <message>
      <source>Sleep window (hours in bed)</source>
      <translation>Schlaffenster (Stunden im Bett)</translation>
    </message>
    <message>
      <source>hours</source>
      <translation>Stunden</translation>
    </message>
    <message>
      <source>{weeks} planner weeks; the window is now {hours} hours.</source>
      <translation>{weeks} Planerwochen; das Fenster beträgt jetzt {hours} Stunden.</translation>
    </message>
    <message>
      <source>Week from {start}: sleep efficiency {se}, window {hours} hours</source>
      <translation>Woche ab {start}: Schlafeffizienz {se}, Fenster {hours} Stunden</translation>
    </message>
    <message>
      <source>Total sleep averaged {value} over {n} days with data out of {days}.</source>
      <translation>Gesamtschlafzeit im Schnitt {value}, an {n} von {days} Tagen mit Daten.</translation>
    </message>
    <message>
      <source>{measure} averaged {value} on {n} of {days} days.</source>
      <translation>{measure}: im Schnitt {value} an {n} von {days} Tagen.</translation>
    </message>
    <message>
      <source>{measure}: yes on {yes} of the {n} days recorded (out of {days}).</source>
      <translation>{measure}: ja an {yes} der {n} erfassten Tage (von {days}).</translation>
    </message>
    <message>
      <source>{measure}: nothing recorded in these {days} days.</source>
      <translation>{measure}: in diesen {days} Tagen nichts erfasst.</translation>
    </message>
    <message>
      <source>Cycle length (days), at each cycle's first day</source>
      <translation>Zykluslänge (Tage), am ersten Tag jedes Zyklus</translation>
    </message>
    <message>
      <source>{day}: {measure} {value}; weekly mean {mean}</source>
      <translation>{day}: {measure} {value}; Wochenmittel {mean}</translation>
    </message>
    <message>
      <source>days</source>
      <translation>Tage</translation>
    </message>
    <message>
      <source>Uncertain: days missing in the diary</source>
      <translation>Unsicher: Tage fehlen im Tagebuch</translation>
    </message>
    <message>
      <source>Hot-flush score averaged {value} on the {n} days of {days} with a diary.</source>
      <translation>Der Hitzewallungs-Score lag im Mittel bei {value} an den {n} von {days} Tagen mit Tagebuch.</translation>
    </message>
    <message>
      <source>No hot-flush diary in these days.</source>
      <translation>In diesen Tagen wurde kein Hitzewallungs-Tagebuch geführt.</translation>
    </message>
    <message>
      <source>Cycles that began in these days: {n}, {low} to {high} days long ({uncertain} uncertain: days missing in the diary).</source>
      <translation>Zyklen, die in diesen Tagen begannen: {n}, {low} bis {high} Tage lang ({uncertain} unsicher: Tage fehlen im Tagebuch).</translation>
    </message>
    <message>
      <source>No finished cycle began in these days.</source>
      <translation>In diesen Tagen hat kein abgeschlossener Zyklus begonnen.</translation>
    </message>
    <message>
      <source>Cycle from {day}: {length} days</source>
      <translation>Zyklus ab {day}: {length} Tage</translation>
    </message>
    <message>
      <source>Cycle from {day}: {length} days (uncertain: days missing)</source>
      <translation>Zyklus ab {day}: {length} Tage (unsicher: Tage fehlen)</translation>
    </message>
    <message>
      <source>Type 1: hard lumps</source>
      <translation>Typ 1: harte Kügelchen</translation>
    </message>
    <message>
      <source>Type 2: lumpy sausage</source>
      <translation>Typ 2: klumpige Wurst</translation>
    </message>
    <message>
      <source>Type 3: cracked sausage</source>
      <translation>Typ 3: rissige Wurst</translation>
    </message>
    <message>
      <source>Type 4: smooth and soft</source>
      <translation>Typ 4: glatt und weich</translation>
    </message>
    <message>
      <source>Type 5: soft blobs</source>
      <translation>Typ 5: weiche Klümpchen</translation>
    </message>
    <message>
      <source>Type 6: mushy</source>
      <translation>Typ 6: breiig</translation>
    </message>
    <message>
      <source>Type 7: watery</source>
      <translation>Typ 7: wässrig</translation>
    </message>
    <message>
      <source>Week of {monday}: {n} different plants</source>
      <translation>Woche ab {monday}: {n} verschiedene Pflanzen</translation>
    </message>
    <message>
      <source>Week of {monday}: {counts}</source>
      <translation>Woche ab {monday}: {counts}</translation>
    </message>
    <message>
      <source>30 a week</source>
      <translation>30 pro Woche</translation>
    </message>
    <message>
      <source>Different plants per week</source>
      <translation>Verschiedene Pflanzen pro Woche</translation>
    </message>
    <message>
      <source>Different plants per week averaged {mean} over {weeks} weeks with food logged; {reached} of them reached 30.</source>
      <translation>Verschiedene Pflanzen pro Woche: im Schnitt {mean} über {weeks} Wochen mit Ernährungseinträgen; in {reached} davon wurden 30 erreicht.</translation>
    </message>
    <message>
      <source>Bristol stool types per week</source>
      <translation>Bristol-Stuhltypen pro Woche</translation>
    </message>
    <message>
      <source>Bowel movements per day</source>
      <translation>Stuhlgänge pro Tag</translation>
    </message>
    <message>
      <source>{count} bowel movements were logged on the {n} days with gut data, out of {days}.</source>
      <translation>An den {n} Tagen mit Darmdaten (von {days}) wurden {count} Stuhlgänge eingetragen.</translation>
    </message>
    <message>
      <source>type {type}: {count}</source>
      <translation>Typ {type}: {count}</translation>
    </message>
    <message>
      <source>Week of {monday}: no bowel movements</source>
      <translation>Woche ab {monday}: keine Stuhlgänge</translation>
    </message>
    <message>
      <source>Bristol type {type} was the most common ({share}% of those typed).</source>
      <translation>Bristol-Typ {type} kam am häufigsten vor ({share} % der eingeordneten).</translation>
    </message>
    <message>
      <source>About these numbers: the STRAW+10 staging criteria (Harlow et al. 2012, Menopause 19:387; J Clin Endocrinol Metab 97:1159) describe a persistent difference of 7 days or more in the length of consecutive cycles as the early menopausal transition, and an interval of 60 days or more without bleeding as the late transition. This is information with its source, not a diagnosis: hormonal contraception, hormone therapy and some conditions change bleeding. A clinician can say what your numbers mean for you.</source>
      <translation>Zu diesen Zahlen: Die STRAW+10-Stadienkriterien (Harlow et al. 2012, Menopause 19:387; J Clin Endocrinol Metab 97:1159) beschreiben einen anhaltenden Unterschied von 7 Tagen oder mehr in der Länge aufeinanderfolgender Zyklen als frühe menopausale Übergangsphase und einen Abstand von 60 Tagen oder mehr ohne Blutung als späte Übergangsphase. Dies ist eine Information mit ihrer Quelle, keine Diagnose: Hormonelle Verhütung, Hormontherapie und manche Erkrankungen verändern Blutungen. Was Ihre Zahlen für Sie bedeuten, kann Ihnen eine Ärztin oder ein Arzt sagen.</translation>
    </message>
    <message>
      <source>A cycle starts on a day of light, medium or heavy bleeding after at least 3 days without; spotting alone does not start one. A day without an answer about bleeding is unknown, and a cycle with such days is marked uncertain.</source>
      <translation>Ein Zyklus beginnt an einem Tag mit leichter, mittlerer oder starker Blutung nach mindestens 3 Tagen ohne; eine Schmierblutung allein beginnt keinen. Ein Tag ohne Angabe zur Blutung gilt als unbekannt, und ein Zyklus mit solchen Tagen wird als unsicher markiert.</translation>
    </message>
    <message>
      <source>Finished cycles in the journal: {n} ({uncertain} uncertain); the latest began {day}.</source>
      <translation>Abgeschlossene Zyklen im Journal: {n} ({uncertain} unsicher); der letzte begann am {day}.</translation>
    </message>
    <message>
      <source>No cycle yet: no day of light, medium or heavy bleeding is kept.</source>
      <translation>Noch kein Zyklus: Es ist kein Tag mit leichter, mittlerer oder starker Blutung eingetragen.</translation>
    </message>
    <message>
      <source>Last year, consecutive certain cycles differed in length by {differences} days ({n} pairs compared; {large} by 7 days or more).</source>
      <translation>Im letzten Jahr unterschieden sich aufeinanderfolgende sichere Zyklen in der Länge um {differences} Tage ({n} Paare verglichen; {large} um 7 Tage oder mehr).</translation>
    </message>
    <message>
      <source>Last year, no two consecutive certain cycles to compare.</source>
      <translation>Im letzten Jahr gibt es keine zwei aufeinanderfolgenden sicheren Zyklen zum Vergleichen.</translation>
    </message>
    <message>
      <source>Longest time without bleeding: {days} days, {first} to {last}.</source>
      <translation>Längste Zeit ohne Blutung: {days} Tage, {first} bis {last}.</translation>
    </message>
    <message>
      <source>Longest time without bleeding: {days} days, {first} to {last} ({unknown} of them not answered).</source>
      <translation>Längste Zeit ohne Blutung: {days} Tage, {first} bis {last} (davon {unknown} ohne Angabe).</translation>
    </message>
    <message>
      <source>{day} {month} {year}</source>
      <translation>{day}. {month} {year}</translation>
    </message>
    <message>
      <source>{day} {month}</source>
      <translation>{day}. {month}</translation>
    </message>
    <message>
      <source>{month} {year}</source>
      <translation>{month} {year}</translation>
    </message>
    <message>
      <source>Jan</source>
      <translation>Jan.</translation>
    </message>
    <message>
      <source>Feb</source>
      <translation>Feb.</translation>
    </message>
    <message>
      <source>Mar</source>
      <translation>März</translation>
    </message>
    <message>
      <source>Apr</source>
      <translation>Apr.</translation>
    </message>
    <message>
      <source>May</source>
      <translation>Mai</translation>
    </message>
    <message>
      <source>Jun</source>
      <translation>Juni</translation>
    </message>
    <message>
      <source>Jul</source>
      <translation>Juli</translation>
    </message>
    <message>
      <source>Aug</source>
      <translation>Aug.</translation>
    </message>
    <message>
      <source>Sep</source>
      <translation>Sept.</translation>
    </message>
    <message>
      <source>Oct</source>
      <translation>Okt.</translation>
    </message>
    <message>
      <source>Nov</source>
      <translation>Nov.</translation>
    </message>
    <message>
      <source>Dec</source>
      <translation>Dez.</translation>
    </message>
    <message>
      <source>After a high-stress day (7 or more) the next night's sleep is about 35 min shorter.</source>
      <translation>Nach einem Tag mit viel Stress (7 oder mehr) ist der Schlaf in der folgenden Nacht etwa 35 min kürzer.</translation>
    </message>
    <message>
      <source>After a high-stress day (7 or more) falling asleep takes about 15 min longer.</source>
      <translation>Nach einem Tag mit viel Stress (7 oder mehr) dauert das Einschlafen etwa 15 min länger.</translation>
    </message>
    <message>
      <source>After a day with 2 or more fermented servings the next night is about 20 min longer.</source>
      <translation>Nach einem Tag mit 2 oder mehr Portionen fermentierter Lebensmittel ist die folgende Nacht etwa 20 min länger.</translation>
    </message>
    <message>
      <source>On a day with a trigger food, bloating is about 3 points higher.</source>
      <translation>An einem Tag mit einem Trigger-Lebensmittel sind die Blähungen etwa 3 Punkte stärker.</translation>
    </message>
    <message>
      <source>After a day with alcohol, time awake in the night is about 20 min longer.</source>
      <translation>Nach einem Tag mit Alkohol ist die nächtliche Wachzeit etwa 20 min länger.</translation>
    </message>
    <message>
      <source>Fibre servings have no built-in effect on sleep: any pattern found is chance.</source>
      <translation>Ballaststoffportionen haben keine eingebaute Wirkung auf den Schlaf: Jedes gefundene Muster ist Zufall.</translation>
    </message>
    <message>
      <source>Caffeine drinks have no built-in effect on sleep in the demo journal.</source>
      <translation>Koffeinhaltige Getränke haben im Demo-Tagebuch keine eingebaute Wirkung auf den Schlaf.</translation>
    </message>
    <message>
      <source>Sleep as Android</source>
      <translation>Sleep as Android</translation>
    </message>
    <message>
      <source>Plees Tracker</source>
      <translation>Plees Tracker</translation>
    </message>
    <message>
      <source>Fitbit</source>
      <translation>Fitbit</translation>
    </message>
    <message>
      <source>Apple Health</source>
      <translation>Apple Health</translation>
    </message>
    <message>
      <source>Daylio</source>
      <translation>Daylio</translation>
    </message>
    <message>
      <source>Garmin Connect</source>
      <translation>Garmin Connect</translation>
    </message>
    <message>
      <source>Gut changes are emerging evidence (tier 3) for sleep in the menopausal transition. If sleep is a real problem, start with what is best supported (tier 1): CBT for insomnia, hormone therapy including progesterone, treating sleep apnoea, and care for low mood or anxiety.</source>
      <translation>Darmbezogene Veränderungen sind für den Schlaf in den Wechseljahren erst vorläufig belegt (Stufe 3). Wenn der Schlaf ein echtes Problem ist, beginnen Sie mit dem, was am besten belegt ist (Stufe 1): kognitive Verhaltenstherapie bei Insomnie (KVT-I), Hormontherapie einschließlich Progesteron, Behandlung einer Schlafapnoe und Unterstützung bei gedrückter Stimmung oder Ängsten.</translation>
    </message>
    <message>
      <source>Stress management is solid supporting evidence (tier 2). If sleep is a real problem, start with what is best supported (tier 1): CBT for insomnia, hormone therapy including progesterone, treating sleep apnoea, and care for low mood or anxiety.</source>
      <translation>Stressbewältigung ist solide belegt (Stufe 2). Wenn der Schlaf ein echtes Problem ist, beginnen Sie mit dem, was am besten belegt ist (Stufe 1): kognitive Verhaltenstherapie bei Insomnie (KVT-I), Hormontherapie einschließlich Progesteron, Behandlung einer Schlafapnoe und Unterstützung bei gedrückter Stimmung oder Ängsten.</translation>
    </message>
    <message>
      <source>Day {day} of {length}, change phase</source>
      <translation>Tag {day} von {length}, Änderungsphase</translation>
    </message>
    <message>
      <source>Finished: {pairs} baseline-and-change pairs</source>
      <translation>Abgeschlossen: {pairs} Paare aus Ausgangs- und Änderungsphase</translation>
    </message>
    <message>
      <source>Washout day {day} of {length}: live as usual again; these days are not compared</source>
      <translation>Auswaschtag {day} von {length}: leben Sie wieder wie gewohnt; diese Tage werden nicht verglichen</translation>
    </message>
    <message>
      <source>Washout day {day} of {length}: make the change; these days are not compared</source>
      <translation>Auswaschtag {day} von {length}: setzen Sie die Änderung um; diese Tage werden nicht verglichen</translation>
    </message>
    <message>
      <source>Day {day} of {length}, baseline phase</source>
      <translation>Tag {day} von {length}, Ausgangsphase</translation>
    </message>
    <message>
      <source>This experiment has ended.</source>
      <translation>Dieses Experiment ist beendet.</translation>
    </message>
    <message>
      <source>This experiment is already paused.</source>
      <translation>Dieses Experiment ist bereits pausiert.</translation>
    </message>
    <message>
      <source>A new pause must start after the last one ended.</source>
      <translation>Eine neue Pause muss nach dem Ende der letzten beginnen.</translation>
    </message>
    <message>
      <source>This experiment has already finished.</source>
      <translation>Dieses Experiment ist bereits abgeschlossen.</translation>
    </message>
    <message>
      <source>This experiment is not paused.</source>
      <translation>Dieses Experiment ist nicht pausiert.</translation>
    </message>
    <message>
      <source>An experiment can't resume before its pause began.</source>
      <translation>Ein Experiment kann nicht vor Beginn seiner Pause fortgesetzt werden.</translation>
    </message>
    <message>
      <source>This experiment can't be made any longer.</source>
      <translation>Dieses Experiment lässt sich nicht weiter verlängern.</translation>
    </message>
    <message>
      <source>Choose one of the listed outcomes.</source>
      <translation>Wählen Sie eine der aufgeführten Zielgrößen.</translation>
    </message>
    <message>
      <source>The smallest change that would matter must be more than zero.</source>
      <translation>Die kleinste Änderung, die wichtig wäre, muss größer als null sein.</translation>
    </message>
    <message>
      <source>This experiment has already ended.</source>
      <translation>Dieses Experiment wurde bereits beendet.</translation>
    </message>
    <message>
      <source>An experiment can't end before it starts.</source>
      <translation>Ein Experiment kann nicht vor seinem Beginn enden.</translation>
    </message>
    <message>
      <source>Sleep quality</source>
      <translation>Schlafqualität</translation>
    </message>
    <message>
      <source>Bloating</source>
      <translation>Blähungen</translation>
    </message>
    <message>
      <source>Abdominal discomfort</source>
      <translation>Bauchbeschwerden</translation>
    </message>
    <message>
      <source>Add fermented foods</source>
      <translation>Fermentierte Lebensmittel ergänzen</translation>
    </message>
    <message>
      <source>Eat fermented foods such as yogurt, kefir, sauerkraut, kimchi or miso every day, building up to several servings.</source>
      <translation>Essen Sie jeden Tag fermentierte Lebensmittel wie Joghurt, Kefir, Sauerkraut, Kimchi oder Miso und steigern Sie sich nach und nach auf mehrere Portionen.</translation>
    </message>
    <message>
      <source>More plant variety</source>
      <translation>Mehr pflanzliche Vielfalt</translation>
    </message>
    <message>
      <source>Aim for many different plants each week: vegetables, fruit, whole grains, legumes, nuts, seeds, herbs and spices.</source>
      <translation>Essen Sie jede Woche möglichst viele verschiedene Pflanzen: Gemüse, Obst, Vollkorngetreide, Hülsenfrüchte, Nüsse, Samen, Kräuter und Gewürze.</translation>
    </message>
    <message>
      <source>Cut added sugar and ultra-processed food</source>
      <translation>Zugesetzten Zucker und hochverarbeitete Lebensmittel weglassen</translation>
    </message>
    <message>
      <source>Leave out added sugar and ultra-processed food during the change phase.</source>
      <translation>Verzichten Sie während der Änderungsphase auf zugesetzten Zucker und hochverarbeitete Lebensmittel.</translation>
    </message>
    <message>
      <source>Avoid a trigger food</source>
      <translation>Ein Trigger-Lebensmittel meiden</translation>
    </message>
    <message>
      <source>Leave out one food you suspect, such as dairy or gluten, during the change phase.</source>
      <translation>Lassen Sie während der Änderungsphase ein Lebensmittel weg, das Sie in Verdacht haben, etwa Milchprodukte oder Gluten.</translation>
    </message>
    <message>
      <source>A daily stress practice</source>
      <translation>Tägliche Stressbewältigung</translation>
    </message>
    <message>
      <source>Do a breathing exercise, a walk outdoors or yoga every day.</source>
      <translation>Machen Sie jeden Tag eine Atemübung, einen Spaziergang an der frischen Luft oder Yoga.</translation>
    </message>
    <message>
      <source>Try a probiotic</source>
      <translation>Ein Probiotikum ausprobieren</translation>
    </message>
    <message>
      <source>Take one probiotic product that names its strain and CFU count, every day of the change phase.</source>
      <translation>Nehmen Sie an jedem Tag der Änderungsphase ein Probiotikum, das seinen Bakterienstamm und die KBE-Zahl angibt.</translation>
    </message>
    <message>
      <source>Your own change</source>
      <translation>Eigene Änderung</translation>
    </message>
    <message>
      <source>Describe the change you want to try and keep it the same every day.</source>
      <translation>Beschreiben Sie die Änderung, die Sie ausprobieren möchten, und halten Sie sie jeden Tag gleich.</translation>
    </message>
    <message>
      <source>Starts tomorrow</source>
      <translation>Beginnt morgen</translation>
    </message>
    <message>
      <source>Starts in {days} days</source>
      <translation>Beginnt in {days} Tagen</translation>
    </message>
    <message>
      <source>Ended early after {done} of {total} days</source>
      <translation>Vorzeitig beendet nach {done} von {total} Tagen</translation>
    </message>
    <message>
      <source>Paused before the first day</source>
      <translation>Vor dem ersten Tag pausiert</translation>
    </message>
    <message>
      <source>Give the experiment a name.</source>
      <translation>Geben Sie dem Experiment einen Namen.</translation>
    </message>
    <message>
      <source>Choose one of the listed changes.</source>
      <translation>Wählen Sie eine der aufgeführten Änderungen.</translation>
    </message>
    <message>
      <source>Use a whole number.</source>
      <translation>Geben Sie eine ganze Zahl ein.</translation>
    </message>
    <message>
      <source>Use from 1 to {max} baseline-and-change pairs.</source>
      <translation>Wählen Sie 1 bis {max} Paare aus Ausgangs- und Änderungsphase.</translation>
    </message>
    <message>
      <source>Describe the change you will make.</source>
      <translation>Beschreiben Sie die Änderung, die Sie vornehmen werden.</translation>
    </message>
    <message>
      <source>Use from 0 to {max} washout days.</source>
      <translation>Verwenden Sie 0 bis {max} Auswaschtage.</translation>
    </message>
    <message>
      <source>Each pair needs one baseline and one change phase.</source>
      <translation>Jedes Paar braucht eine Ausgangs- und eine Änderungsphase.</translation>
    </message>
    <message>
      <source>A random order needs at least two pairs (ABAB).</source>
      <translation>Eine zufällige Reihenfolge braucht mindestens zwei Paare (ABAB).</translation>
    </message>
    <message>
      <source>An experiment that ended early needs the day it ended.</source>
      <translation>Für ein vorzeitig beendetes Experiment wird der Tag benötigt, an dem es endete.</translation>
    </message>
    <message>
      <source>Paused in a washout after day {day} of {length}</source>
      <translation>In einer Auswaschphase pausiert nach Tag {day} von {length}</translation>
    </message>
    <message>
      <source>Each phase needs at least {min} days: shorter phases mostly show day-to-day ups and downs.</source>
      <translation>Jede Phase braucht mindestens {min} Tage: Kürzere Phasen zeigen vor allem das tägliche Auf und Ab.</translation>
    </message>
    <message>
      <source>Name the probiotic's strain, not just the species (for example Lactobacillus rhamnosus GG).</source>
      <translation>Geben Sie den Bakterienstamm des Probiotikums an, nicht nur die Art (zum Beispiel Lactobacillus rhamnosus GG).</translation>
    </message>
    <message>
      <source>Give the CFU count on the label (for example 10 billion).</source>
      <translation>Geben Sie die KBE-Zahl vom Etikett an (zum Beispiel 10 Milliarden).</translation>
    </message>
    <message>
      <source>Only the latest pause can still be open.</source>
      <translation>Nur die letzte Pause kann noch offen sein.</translation>
    </message>
    <message>
      <source>A pause can't end before it begins.</source>
      <translation>Eine Pause kann nicht vor ihrem Beginn enden.</translation>
    </message>
    <message>
      <source>Pauses can't overlap; list them oldest first.</source>
      <translation>Pausen dürfen sich nicht überschneiden; führen Sie die älteste zuerst auf.</translation>
    </message>
    <message>
      <source>Paused in the baseline phase after day {day} of {length}</source>
      <translation>In der Ausgangsphase pausiert nach Tag {day} von {length}</translation>
    </message>
    <message>
      <source>Paused in the change phase after day {day} of {length}</source>
      <translation>In der Änderungsphase pausiert nach Tag {day} von {length}</translation>
    </message>
    <message>
      <source>A phase can last at most {max} days.</source>
      <translation>Eine Phase kann höchstens {max} Tage dauern.</translation>
    </message>
    <message>
      <source>Time zone</source>
      <translation>Zeitzone</translation>
    </message>
    <message>
      <source>Got into bed</source>
      <translation>Ins Bett gegangen</translation>
    </message>
    <message>
      <source>Tried to sleep (lights out)</source>
      <translation>Schlafversuch (Licht aus)</translation>
    </message>
    <message>
      <source>Minutes to fall asleep</source>
      <translation>Minuten bis zum Einschlafen</translation>
    </message>
    <message>
      <source>Times woke in the night</source>
      <translation>Wie oft nachts aufgewacht</translation>
    </message>
    <message>
      <source>Not counting the final awakening</source>
      <translation>Ohne das endgültige Aufwachen</translation>
    </message>
    <message>
      <source>Minutes awake in the night</source>
      <translation>Minuten nachts wach</translation>
    </message>
    <message>
      <source>All the night awakenings together</source>
      <translation>Alle nächtlichen Wachphasen zusammen</translation>
    </message>
    <message>
      <source>Final awakening</source>
      <translation>Endgültiges Aufwachen</translation>
    </message>
    <message>
      <source>Got out of bed</source>
      <translation>Aufgestanden</translation>
    </message>
    <message>
      <source>Quality of sleep</source>
      <translation>Schlafqualität</translation>
    </message>
    <message>
      <source>Comments on the night</source>
      <translation>Anmerkungen zur Nacht</translation>
    </message>
    <message>
      <source>Woke earlier than planned (min)</source>
      <translation>Früher als geplant aufgewacht (min)</translation>
    </message>
    <message>
      <source>Naps yesterday</source>
      <translation>Nickerchen gestern</translation>
    </message>
    <message>
      <source>Minutes napping</source>
      <translation>Minuten Nickerchen</translation>
    </message>
    <message>
      <source>Night sweats / hot flushes</source>
      <translation>Nachtschweiß / Hitzewallungen</translation>
    </message>
    <message>
      <source>How much they disturbed sleep</source>
      <translation>Wie sehr sie den Schlaf gestört haben</translation>
    </message>
    <message>
      <source>Sleep medicines or aids</source>
      <translation>Schlafmittel oder Einschlafhilfen</translation>
    </message>
    <message>
      <source>Fermented servings</source>
      <translation>Portionen fermentierter Lebensmittel</translation>
    </message>
    <message>
      <source>Yogurt, kefir, sauerkraut, kimchi, kombucha, miso…</source>
      <translation>Joghurt, Kefir, Sauerkraut, Kimchi, Kombucha, Miso…</translation>
    </message>
    <message>
      <source>Fibre-rich servings</source>
      <translation>Ballaststoffreiche Portionen</translation>
    </message>
    <message>
      <source>Added sugar / ultra-processed servings</source>
      <translation>Portionen zugesetzter Zucker / Hochverarbeitetes</translation>
    </message>
    <message>
      <source>Mostly Mediterranean-style today</source>
      <translation>Heute überwiegend mediterran gegessen</translation>
    </message>
    <message>
      <source>Vegetables, fruit, fish, olive oil, nuts, whole grains over processed food</source>
      <translation>Gemüse, Obst, Fisch, Olivenöl, Nüsse und Vollkorn statt verarbeiteter Lebensmittel</translation>
    </message>
    <message>
      <source>Alcoholic drinks</source>
      <translation>Alkoholische Getränke</translation>
    </message>
    <message>
      <source>Time of the last drink</source>
      <translation>Letzter Alkohol (Uhrzeit)</translation>
    </message>
    <message>
      <source>Caffeinated drinks</source>
      <translation>Koffeinhaltige Getränke</translation>
    </message>
    <message>
      <source>Time of the last caffeine</source>
      <translation>Letztes Koffein (Uhrzeit)</translation>
    </message>
    <message>
      <source>Time of the last meal</source>
      <translation>Letzte Mahlzeit (Uhrzeit)</translation>
    </message>
    <message>
      <source>Bloating (0–10)</source>
      <translation>Blähungen (0–10)</translation>
    </message>
    <message>
      <source>Abdominal discomfort (0–10)</source>
      <translation>Bauchbeschwerden (0–10)</translation>
    </message>
    <message>
      <source>Gut notes</source>
      <translation>Notizen zum Darm</translation>
    </message>
    <message>
      <source>Stress (0–10)</source>
      <translation>Stress (0–10)</translation>
    </message>
    <message>
      <source>Mood (0–10)</source>
      <translation>Stimmung (0–10)</translation>
    </message>
    <message>
      <source>0 very low, 10 very good</source>
      <translation>0 sehr schlecht, 10 sehr gut</translation>
    </message>
    <message>
      <source>Exercise (minutes)</source>
      <translation>Bewegung (Minuten)</translation>
    </message>
    <message>
      <source>Moderate or vigorous: brisk walking, cycling, swimming, dancing…</source>
      <translation>Mäßig oder intensiv: zügiges Gehen, Radfahren, Schwimmen, Tanzen…</translation>
    </message>
    <message>
      <source>Mild, in the day</source>
      <translation>Leicht, am Tag</translation>
    </message>
    <message>
      <source>Warmth without sweating</source>
      <translation>Wärme ohne Schwitzen</translation>
    </message>
    <message>
      <source>Mild, in the night</source>
      <translation>Leicht, in der Nacht</translation>
    </message>
    <message>
      <source>Moderate, in the day</source>
      <translation>Mittel, am Tag</translation>
    </message>
    <message>
      <source>Heat and sweating; you carry on</source>
      <translation>Hitze und Schwitzen; Sie machen weiter</translation>
    </message>
    <message>
      <source>Moderate, in the night</source>
      <translation>Mittel, in der Nacht</translation>
    </message>
    <message>
      <source>Severe, in the day</source>
      <translation>Stark, am Tag</translation>
    </message>
    <message>
      <source>Heat and sweating; you stop what you are doing</source>
      <translation>Hitze und Schwitzen; Sie unterbrechen, was Sie tun</translation>
    </message>
    <message>
      <source>Severe, in the night</source>
      <translation>Stark, in der Nacht</translation>
    </message>
    <message>
      <source>Very severe, in the day</source>
      <translation>Sehr stark, am Tag</translation>
    </message>
    <message>
      <source>Overwhelming; you stop everything</source>
      <translation>Überwältigend; Sie unterbrechen alles</translation>
    </message>
    <message>
      <source>Very severe, in the night</source>
      <translation>Sehr stark, in der Nacht</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notizen</translation>
    </message>
    <message>
      <source>0-3</source>
      <translation>0-3</translation>
    </message>
    <message>
      <source>1-5</source>
      <translation>1-5</translation>
    </message>
    <message>
      <source>Night sweats or hot flushes</source>
      <translation>Nachtschweiß oder Hitzewallungen</translation>
    </message>
    <message>
      <source>times</source>
      <translation>Mal</translation>
    </message>
    <message>
      <source>2 or more fermented servings</source>
      <translation>2 oder mehr Portionen fermentierter Lebensmittel</translation>
    </message>
    <message>
      <source>5 or more fibre-rich servings</source>
      <translation>5 oder mehr ballaststoffreichen Portionen</translation>
    </message>
    <message>
      <source>Added sugar or ultra-processed servings</source>
      <translation>Portionen mit zugesetztem Zucker oder hochverarbeiteten Lebensmitteln</translation>
    </message>
    <message>
      <source>2 or more servings of added sugar or ultra-processed food</source>
      <translation>2 oder mehr Portionen mit zugesetztem Zucker oder hochverarbeiteten Lebensmitteln</translation>
    </message>
    <message>
      <source>any alcohol</source>
      <translation>Alkohol (gleich welche Menge)</translation>
    </message>
    <message>
      <source>3 or more caffeinated drinks</source>
      <translation>3 oder mehr koffeinhaltigen Getränken</translation>
    </message>
    <message>
      <source>Stress</source>
      <translation>Stress</translation>
    </message>
    <message>
      <source>Mood</source>
      <translation>Stimmung</translation>
    </message>
    <message>
      <source>Exercise</source>
      <translation>Bewegung</translation>
    </message>
    <message>
      <source>very poor</source>
      <translation>sehr schlecht</translation>
    </message>
    <message>
      <source>poor</source>
      <translation>schlecht</translation>
    </message>
    <message>
      <source>fair</source>
      <translation>mittelmäßig</translation>
    </message>
    <message>
      <source>good</source>
      <translation>gut</translation>
    </message>
    <message>
      <source>very good</source>
      <translation>sehr gut</translation>
    </message>
    <message>
      <source>not at all</source>
      <translation>gar nicht</translation>
    </message>
    <message>
      <source>a little</source>
      <translation>ein wenig</translation>
    </message>
    <message>
      <source>somewhat</source>
      <translation>mäßig</translation>
    </message>
    <message>
      <source>a lot</source>
      <translation>stark</translation>
    </message>
    <message>
      <source>very much</source>
      <translation>sehr stark</translation>
    </message>
    <message>
      <source>bloating rated 5 or higher</source>
      <translation>einem Blähungswert von 5 oder höher</translation>
    </message>
    <message>
      <source>abdominal discomfort rated 5 or higher</source>
      <translation>einem Wert von 5 oder höher für Bauchbeschwerden</translation>
    </message>
    <message>
      <source>stress rated 7 or higher</source>
      <translation>einem Stresswert von 7 oder höher</translation>
    </message>
    <message>
      <source>mood rated 3 or lower</source>
      <translation>einem Stimmungswert von 3 oder niedriger</translation>
    </message>
    <message>
      <source>spotting</source>
      <translation>Schmierblutung</translation>
    </message>
    <message>
      <source>night sweats or hot flushes</source>
      <translation>Nachtschweiß oder Hitzewallungen</translation>
    </message>
    <message>
      <source>30 or more minutes of exercise</source>
      <translation>30 oder mehr Minuten Bewegung</translation>
    </message>
    <message>
      <source>Hormone therapy</source>
      <translation>Hormontherapie</translation>
    </message>
    <message>
      <source>Supplement</source>
      <translation>Nahrungsergänzungsmittel</translation>
    </message>
    <message>
      <source>{name} stopped</source>
      <translation>{name} abgesetzt</translation>
    </message>
    <message>
      <source>The stop on {date} comes before the start.</source>
      <translation>Das Absetzen am {date} liegt vor dem Beginn.</translation>
    </message>
    <message>
      <source>The dose change on {date} comes before the start.</source>
      <translation>Die Dosisänderung am {date} liegt vor dem Beginn.</translation>
    </message>
    <message>
      <source>{name} started ({dose})</source>
      <translation>{name} begonnen ({dose})</translation>
    </message>
    <message>
      <source>{name} now {dose}</source>
      <translation>{name} jetzt {dose}</translation>
    </message>
    <message>
      <source>{name} started</source>
      <translation>{name} begonnen</translation>
    </message>
    <message>
      <source>{name}: {dose}</source>
      <translation>{name}: {dose}</translation>
    </message>
    <message>
      <source>Give the medicine a name.</source>
      <translation>Geben Sie dem Medikament einen Namen.</translation>
    </message>
    <message>
      <source>Use a route of at most {n} characters.</source>
      <translation>Verwenden Sie für die Verabreichung höchstens {n} Zeichen.</translation>
    </message>
    <message>
      <source>Say when the medicine was started.</source>
      <translation>Geben Sie an, wann das Medikament begonnen wurde.</translation>
    </message>
    <message>
      <source>Use a name of at most {n} characters.</source>
      <translation>Verwenden Sie für den Namen höchstens {n} Zeichen.</translation>
    </message>
    <message>
      <source>There is already a change on {date}: one per day.</source>
      <translation>Am {date} gibt es bereits eine Änderung: eine pro Tag.</translation>
    </message>
    <message>
      <source>Say the dose from {date}, such as “1 pump” or “100 mg”.</source>
      <translation>Geben Sie die Dosis ab dem {date} an, etwa „1 Hub“ oder „100 mg“.</translation>
    </message>
    <message>
      <source>On {date} it is already being taken: stop it before a new start.</source>
      <translation>Am {date} wird es bereits eingenommen: Setzen Sie es vor einem neuen Beginn ab.</translation>
    </message>
    <message>
      <source>On {date} it is not being taken: start it before changing it.</source>
      <translation>Am {date} wird es nicht eingenommen: Beginnen Sie es, bevor Sie es ändern.</translation>
    </message>
    <message>
      <source>Use a dose of at most {n} characters.</source>
      <translation>Verwenden Sie für die Dosis höchstens {n} Zeichen.</translation>
    </message>
    <message>
      <source>You have answered {answered} of the {total} questions.</source>
      <translation>Sie haben {answered} der {total} Fragen beantwortet.</translation>
    </message>
    <message>
      <source>Testing may be worth considering, ideally together with a practitioner who knows how to read the results.</source>
      <translation>Ein Test kann eine Überlegung wert sein, am besten gemeinsam mit einer Fachperson, die die Ergebnisse zu deuten weiß.</translation>
    </message>
    <message>
      <source>Testing is probably not needed for now.</source>
      <translation>Ein Test ist vorerst wahrscheinlich nicht nötig.</translation>
    </message>
    <message>
      <source>Your answers do not point clearly one way. Weighing the reasons below, perhaps with a practitioner, can help you decide.</source>
      <translation>Ihre Antworten weisen nicht klar in eine Richtung. Die Gründe unten abzuwägen, vielleicht gemeinsam mit einer Fachperson, kann Ihnen bei der Entscheidung helfen.</translation>
    </message>
    <message>
      <source>Answer the remaining questions to see how the reasons balance out.</source>
      <translation>Beantworten Sie die übrigen Fragen, um zu sehen, wie sich die Gründe die Waage halten.</translation>
    </message>
    <message>
      <source>Gut factors may be worth a look for your sleep.</source>
      <translation>Ein Blick auf Darmfaktoren könnte sich für Ihren Schlaf lohnen.</translation>
    </message>
    <message>
      <source>At least one of the signs fits you:</source>
      <translation>Mindestens eines der Anzeichen trifft auf Sie zu:</translation>
    </message>
    <message>
      <source>Gut-supportive habits are low-risk, and your journal can show whether they make a difference for you.</source>
      <translation>Darmfreundliche Gewohnheiten sind risikoarm, und Ihr Tagebuch kann zeigen, ob sie für Sie einen Unterschied machen.</translation>
    </message>
    <message>
      <source>Answer the remaining questions to see a summary.</source>
      <translation>Beantworten Sie die übrigen Fragen, um eine Zusammenfassung zu sehen.</translation>
    </message>
    <message>
      <source>In favour of testing:</source>
      <translation>Für einen Test spricht:</translation>
    </message>
    <message>
      <source>Against testing for now:</source>
      <translation>Gegen einen Test spricht vorerst:</translation>
    </message>
    <message>
      <source>Worth finding out:</source>
      <translation>Es lohnt sich herauszufinden:</translation>
    </message>
    <message>
      <source>It is not clear yet whether gut factors play a part.</source>
      <translation>Es ist noch nicht klar, ob Darmfaktoren eine Rolle spielen.</translation>
    </message>
    <message>
      <source>The answers to these could change the picture, so it may be worth waiting for them.</source>
      <translation>Die Antworten darauf könnten das Bild verändern; es kann sich lohnen, sie abzuwarten.</translation>
    </message>
    <message>
      <source>None of the signs clearly fits, but you were not sure about some.</source>
      <translation>Keines der Anzeichen trifft eindeutig zu, aber bei einigen waren Sie nicht sicher.</translation>
    </message>
    <message>
      <source>Gut work is probably not the place to start.</source>
      <translation>Maßnahmen rund um den Darm sind wahrscheinlich nicht der richtige Anfang.</translation>
    </message>
    <message>
      <source>None of the six signs fits you.</source>
      <translation>Keines der sechs Anzeichen trifft auf Sie zu.</translation>
    </message>
    <message>
      <source>You said your digestion is not generally comfortable or regular. It is worth keeping an eye on in the journal and mentioning to a doctor if it carries on.</source>
      <translation>Sie haben angegeben, dass Ihre Verdauung nicht im Allgemeinen beschwerdefrei oder regelmäßig ist. Es lohnt sich, sie im Tagebuch im Blick zu behalten und sie ärztlich anzusprechen, wenn es so bleibt.</translation>
    </message>
    <message>
      <source>None of the six signs fits you and your digestion is comfortable, so other steps are likely to do more for your sleep.</source>
      <translation>Keines der sechs Anzeichen trifft auf Sie zu, und Ihre Verdauung ist beschwerdefrei; andere Schritte bringen Ihrem Schlaf daher wahrscheinlich mehr.</translation>
    </message>
    <message>
      <source>You are not sure whether your digestion is comfortable and regular. If it is, gut work is probably not the place to start; a few weeks of gut entries in the journal can help you judge.</source>
      <translation>Sie sind nicht sicher, ob Ihre Verdauung beschwerdefrei und regelmäßig ist. Wenn ja, sind Maßnahmen rund um den Darm wahrscheinlich nicht der richtige Anfang; einige Wochen mit Darm-Einträgen im Tagebuch können Ihnen bei der Einschätzung helfen.</translation>
    </message>
    <message>
      <source>Answer the last question, about your digestion, to complete the picture.</source>
      <translation>Beantworten Sie die letzte Frage zu Ihrer Verdauung, um das Bild zu vervollständigen.</translation>
    </message>
    <message>
      <source>In the last {window} days your journal shows digestive symptoms on {days} of {logged} logged days.</source>
      <translation>In den letzten {window} Tagen zeigt Ihr Tagebuch Verdauungsbeschwerden an {days} von {logged} eingetragenen Tagen.</translation>
    </message>
    <message>
      <source>In the last {window} days your journal shows bloating of 4 or more on {days} of {logged} logged days.</source>
      <translation>In den letzten {window} Tagen zeigt Ihr Tagebuch Blähungen von 4 oder mehr an {days} von {logged} eingetragenen Tagen.</translation>
    </message>
    <message>
      <source>Bloating of 4 or more on {days} of {logged} logged days.</source>
      <translation>Blähungen von 4 oder mehr an {days} von {logged} eingetragenen Tagen.</translation>
    </message>
    <message>
      <source>In the last {window} days your journal shows discomfort of 4 or more on {days} of {logged} logged days.</source>
      <translation>In den letzten {window} Tagen zeigt Ihr Tagebuch Bauchbeschwerden von 4 oder mehr an {days} von {logged} eingetragenen Tagen.</translation>
    </message>
    <message>
      <source>Discomfort of 4 or more on {days} of {logged} logged days.</source>
      <translation>Bauchbeschwerden von 4 oder mehr an {days} von {logged} eingetragenen Tagen.</translation>
    </message>
    <message>
      <source>In the last {window} days your journal shows hard or loose stools (Bristol type 1-2 or 6-7) on {days} of {logged} logged days.</source>
      <translation>In den letzten {window} Tagen zeigt Ihr Tagebuch harten oder weichen Stuhl (Bristol-Typ 1–2 oder 6–7) an {days} von {logged} eingetragenen Tagen.</translation>
    </message>
    <message>
      <source>Hard or loose stools (Bristol type 1-2 or 6-7) on {days} of {logged} logged days.</source>
      <translation>Harter oder weicher Stuhl (Bristol-Typ 1–2 oder 6–7) an {days} von {logged} eingetragenen Tagen.</translation>
    </message>
    <message>
      <source>In the last {window} days, on {days} of the {logged} days you logged a trigger food, bloating or discomfort reached 4 or more that day or the next.</source>
      <translation>In den letzten {window} Tagen erreichten Blähungen oder Bauchbeschwerden an {days} der {logged} Tage, an denen Sie ein Trigger-Lebensmittel eingetragen haben, am selben oder am nächsten Tag 4 oder mehr.</translation>
    </message>
    <message>
      <source>In the last {window} days your journal shows a mood of 3 or lower on {days} of {logged} logged days.</source>
      <translation>In den letzten {window} Tagen zeigt Ihr Tagebuch eine Stimmung von 3 oder niedriger an {days} von {logged} eingetragenen Tagen.</translation>
    </message>
    <message>
      <source>This is information to help you think things through, not medical advice. A doctor or other qualified practitioner can help you decide what fits you.</source>
      <translation>Dies sind Informationen, die Ihnen beim Nachdenken helfen sollen, keine medizinische Beratung. Eine Ärztin, ein Arzt oder eine andere qualifizierte Fachperson kann Ihnen helfen zu entscheiden, was zu Ihnen passt.</translation>
    </message>
    <message>
      <source>Comfortable digestion</source>
      <translation>Beschwerdefreie Verdauung</translation>
    </message>
    <message>
      <source>Is your digestion generally comfortable and regular?</source>
      <translation>Ist Ihre Verdauung im Allgemeinen beschwerdefrei und regelmäßig?</translation>
    </message>
    <message>
      <source>When none of the signs apply and digestion is comfortable, other steps are likely to do more for your sleep than gut work.</source>
      <translation>Wenn keines der Anzeichen zutrifft und die Verdauung beschwerdefrei ist, bringen andere Schritte Ihrem Schlaf wahrscheinlich mehr als Maßnahmen rund um den Darm.</translation>
    </message>
    <message>
      <source>Your digestion is generally comfortable and regular.</source>
      <translation>Ihre Verdauung ist im Allgemeinen beschwerdefrei und regelmäßig.</translation>
    </message>
    <message>
      <source>You are not sure whether your digestion is comfortable and regular. The journal's gut entries over a few weeks can help you judge.</source>
      <translation>Sie sind nicht sicher, ob Ihre Verdauung beschwerdefrei und regelmäßig ist. Die Darm-Einträge im Tagebuch über einige Wochen können Ihnen bei der Einschätzung helfen.</translation>
    </message>
    <message>
      <source>For most people, gut-focused changes belong to the third tier of evidence for sleep in the menopausal transition: promising, but less certain.</source>
      <translation>Für die meisten Menschen gehören darmbezogene Veränderungen beim Schlaf in den Wechseljahren zur dritten Evidenzstufe: vielversprechend, aber weniger gesichert.</translation>
    </message>
    <message>
      <source>The first tier, with the strongest evidence, is CBT-I (cognitive behavioural therapy for insomnia), hormone therapy including progesterone, treatment for sleep apnoea, and addressing mood disorders. If you have not looked into these yet, they are likely to do more for you, and gut habits can sit alongside them rather than replace them.</source>
      <translation>Zur ersten Stufe mit der stärksten Evidenz gehören KVT-I (kognitive Verhaltenstherapie bei Insomnie), Hormontherapie einschließlich Progesteron, die Behandlung einer Schlafapnoe und die Behandlung von Stimmungsstörungen. Wenn Sie sich damit noch nicht befasst haben, helfen Ihnen diese Möglichkeiten wahrscheinlich mehr; darmfreundliche Gewohnheiten können sie ergänzen, aber nicht ersetzen.</translation>
    </message>
    <message>
      <source>Advanced gut testing, such as comprehensive stool analysis, belongs to the third tier of evidence for sleep: promising, but less certain.</source>
      <translation>Aufwendige Darmtests wie eine umfassende Stuhlanalyse gehören für den Schlaf zur dritten Evidenzstufe: vielversprechend, aber weniger gesichert.</translation>
    </message>
    <message>
      <source>Digestive symptoms</source>
      <translation>Verdauungsbeschwerden</translation>
    </message>
    <message>
      <source>Do you often have digestive symptoms, such as bloating, irregular bowel movements or discomfort after meals, or have you been told you have IBS?</source>
      <translation>Haben Sie oft Verdauungsbeschwerden wie Blähungen, unregelmäßigen Stuhlgang oder Beschwerden nach dem Essen, oder wurde bei Ihnen ein Reizdarmsyndrom festgestellt?</translation>
    </message>
    <message>
      <source>Gut and brain signal to each other all the time, so an unsettled gut can play a part in unsettled nights.</source>
      <translation>Darm und Gehirn senden einander ständig Signale; ein unruhiger Darm kann daher zu unruhigen Nächten beitragen.</translation>
    </message>
    <message>
      <source>You often have digestive symptoms, such as bloating, irregular bowel movements or discomfort after meals.</source>
      <translation>Sie haben oft Verdauungsbeschwerden wie Blähungen, unregelmäßigen Stuhlgang oder Beschwerden nach dem Essen.</translation>
    </message>
    <message>
      <source>You are not sure whether your digestive symptoms count. A few weeks of gut entries in the journal can help you judge.</source>
      <translation>Sie sind nicht sicher, ob Ihre Verdauungsbeschwerden zählen. Einige Wochen mit Darm-Einträgen im Tagebuch können Ihnen bei der Einschätzung helfen.</translation>
    </message>
    <message>
      <source>Food sensitivities</source>
      <translation>Nahrungsmittelunverträglichkeiten</translation>
    </message>
    <message>
      <source>Are there particular foods that reliably leave you feeling worse?</source>
      <translation>Gibt es bestimmte Lebensmittel, nach denen es Ihnen zuverlässig schlechter geht?</translation>
    </message>
    <message>
      <source>Foods that disagree with you can keep the gut irritated, and that irritation may reach your sleep.</source>
      <translation>Lebensmittel, die Sie nicht vertragen, können den Darm gereizt halten, und diese Reizung kann sich auf Ihren Schlaf auswirken.</translation>
    </message>
    <message>
      <source>Some foods reliably leave you feeling worse.</source>
      <translation>Nach manchen Lebensmitteln geht es Ihnen zuverlässig schlechter.</translation>
    </message>
    <message>
      <source>You are not sure whether certain foods affect you. Logging trigger foods next to your gut symptoms for a while can help you see.</source>
      <translation>Sie sind nicht sicher, ob bestimmte Lebensmittel Ihnen zusetzen. Wenn Sie eine Zeit lang Trigger-Lebensmittel neben Ihren Darmbeschwerden eintragen, können Sie es besser erkennen.</translation>
    </message>
    <message>
      <source>An autoimmune condition</source>
      <translation>Eine Autoimmunerkrankung</translation>
    </message>
    <message>
      <source>Do you live with an autoimmune condition?</source>
      <translation>Leben Sie mit einer Autoimmunerkrankung?</translation>
    </message>
    <message>
      <source>Many autoimmune conditions involve the gut and the immune system, and the immune system also helps regulate sleep.</source>
      <translation>Viele Autoimmunerkrankungen betreffen den Darm und das Immunsystem, und das Immunsystem hilft auch, den Schlaf zu regulieren.</translation>
    </message>
    <message>
      <source>You live with an autoimmune condition.</source>
      <translation>Sie leben mit einer Autoimmunerkrankung.</translation>
    </message>
    <message>
      <source>You are not sure about an autoimmune condition. Your doctor can tell you what your records say.</source>
      <translation>Sie sind nicht sicher, ob Sie eine Autoimmunerkrankung haben. Ihre Ärztin oder Ihr Arzt kann Ihnen sagen, was in Ihren Unterlagen steht.</translation>
    </message>
    <message>
      <source>A lot of antibiotics</source>
      <translation>Viele Antibiotika</translation>
    </message>
    <message>
      <source>Have you taken a lot of antibiotics over the years, for example several long or repeated courses?</source>
      <translation>Haben Sie im Lauf der Jahre viele Antibiotika eingenommen, zum Beispiel mehrere lange oder wiederholte Behandlungen?</translation>
    </message>
    <message>
      <source>Heavy antibiotic use can change the mix of gut bacteria for a long time afterwards.</source>
      <translation>Häufige Antibiotika-Einnahme kann die Zusammensetzung der Darmbakterien für lange Zeit verändern.</translation>
    </message>
    <message>
      <source>You have taken a lot of antibiotics over the years.</source>
      <translation>Sie haben im Lauf der Jahre viele Antibiotika eingenommen.</translation>
    </message>
    <message>
      <source>You are not sure how many antibiotics you have taken. Your doctor's surgery or pharmacy can often look this up.</source>
      <translation>Sie sind nicht sicher, wie viele Antibiotika Sie eingenommen haben. Ihre Arztpraxis oder Apotheke kann das oft nachsehen.</translation>
    </message>
    <message>
      <source>Raised inflammation markers</source>
      <translation>Erhöhte Entzündungswerte</translation>
    </message>
    <message>
      <source>Have blood tests shown raised inflammation markers, such as CRP, with no other clear explanation?</source>
      <translation>Haben Blutuntersuchungen erhöhte Entzündungswerte wie CRP gezeigt, ohne andere klare Erklärung?</translation>
    </message>
    <message>
      <source>Ongoing low-level inflammation tends to go with poorer sleep, and the gut can be one of its sources.</source>
      <translation>Eine anhaltende, unterschwellige Entzündung geht oft mit schlechterem Schlaf einher, und der Darm kann eine ihrer Quellen sein.</translation>
    </message>
    <message>
      <source>Blood tests have shown raised inflammation markers without another clear explanation.</source>
      <translation>Blutuntersuchungen haben erhöhte Entzündungswerte ohne andere klare Erklärung gezeigt.</translation>
    </message>
    <message>
      <source>You are not sure about your inflammation markers. They come from blood tests, and whoever ordered them can go through the results with you.</source>
      <translation>Sie sind nicht sicher, wie Ihre Entzündungswerte sind. Sie stammen aus Blutuntersuchungen, und wer diese veranlasst hat, kann die Ergebnisse mit Ihnen durchgehen.</translation>
    </message>
    <message>
      <source>Mood symptoms that have not eased</source>
      <translation>Anhaltende Stimmungsbeschwerden</translation>
    </message>
    <message>
      <source>Do you have mood symptoms, such as low mood or anxiety, that have not eased with treatment?</source>
      <translation>Haben Sie Stimmungsbeschwerden wie gedrückte Stimmung oder Ängste, die trotz Behandlung nicht nachgelassen haben?</translation>
    </message>
    <message>
      <source>The link between gut and brain reaches mood too, not only sleep, so the two often move together.</source>
      <translation>Die Verbindung zwischen Darm und Gehirn reicht auch zur Stimmung, nicht nur zum Schlaf, daher verändern sich beide oft gemeinsam.</translation>
    </message>
    <message>
      <source>You have mood symptoms that have not eased with treatment.</source>
      <translation>Sie haben Stimmungsbeschwerden, die trotz Behandlung nicht nachgelassen haben.</translation>
    </message>
    <message>
      <source>You are not sure whether your mood symptoms count. It may help to talk it through with whoever supports you with them.</source>
      <translation>Sie sind nicht sicher, ob Ihre Stimmungsbeschwerden zählen. Es kann helfen, mit der Person darüber zu sprechen, die Sie dabei begleitet.</translation>
    </message>
    <message>
      <source>Are your digestive symptoms marked and ongoing, rather than mild or now and then?</source>
      <translation>Sind Ihre Verdauungsbeschwerden ausgeprägt und anhaltend, statt leicht oder nur gelegentlich?</translation>
    </message>
    <message>
      <source>A test is most likely to add something when there are real symptoms to explain.</source>
      <translation>Ein Test bringt am ehesten etwas, wenn es echte Beschwerden zu erklären gibt.</translation>
    </message>
    <message>
      <source>Your digestive symptoms are marked and ongoing.</source>
      <translation>Ihre Verdauungsbeschwerden sind ausgeprägt und anhaltend.</translation>
    </message>
    <message>
      <source>Whether your digestive symptoms are marked and ongoing: a few weeks of gut entries in the journal can show this.</source>
      <translation>Ob Ihre Verdauungsbeschwerden ausgeprägt und anhaltend sind: Einige Wochen mit Darm-Einträgen im Tagebuch können das zeigen.</translation>
    </message>
    <message>
      <source>Have you given the foundational gut habits a fair try without enough improvement?</source>
      <translation>Haben Sie die grundlegenden darmfreundlichen Gewohnheiten ernsthaft ausprobiert, ohne ausreichende Besserung?</translation>
    </message>
    <message>
      <source>Testing makes more sense once the simple, low-cost steps have had their chance.</source>
      <translation>Ein Test ist sinnvoller, wenn die einfachen, günstigen Schritte ihre Chance hatten.</translation>
    </message>
    <message>
      <source>You have tried the foundational habits and they have not helped enough.</source>
      <translation>Sie haben die grundlegenden Gewohnheiten ausprobiert, und sie haben nicht genug geholfen.</translation>
    </message>
    <message>
      <source>Whether the foundational habits have had a fair try: a self-experiment in the journal can show how they went.</source>
      <translation>Ob die grundlegenden Gewohnheiten eine faire Chance hatten: Ein Selbstexperiment im Tagebuch kann zeigen, wie es gelaufen ist.</translation>
    </message>
    <message>
      <source>Would test results help you choose specific next steps?</source>
      <translation>Würden Testergebnisse Ihnen helfen, konkrete nächste Schritte zu wählen?</translation>
    </message>
    <message>
      <source>A test earns its place when there are decisions waiting on its answer.</source>
      <translation>Ein Test lohnt sich, wenn Entscheidungen von seinem Ergebnis abhängen.</translation>
    </message>
    <message>
      <source>You want results to guide specific next steps.</source>
      <translation>Sie möchten, dass Ergebnisse konkrete nächste Schritte leiten.</translation>
    </message>
    <message>
      <source>Which of your decisions a test result would actually help with.</source>
      <translation>Bei welchen Ihrer Entscheidungen ein Testergebnis tatsächlich helfen würde.</translation>
    </message>
    <message>
      <source>Do you have a practitioner who can make sense of the results with you?</source>
      <translation>Haben Sie eine Fachperson, die die Ergebnisse mit Ihnen einordnen kann?</translation>
    </message>
    <message>
      <source>These tests produce a lot of numbers; their value depends on someone who can read them thoughtfully.</source>
      <translation>Diese Tests liefern viele Zahlen; ihr Wert hängt davon ab, dass jemand sie mit Sachverstand lesen kann.</translation>
    </message>
    <message>
      <source>You have a practitioner who can go through the results with you.</source>
      <translation>Sie haben eine Fachperson, die die Ergebnisse mit Ihnen durchgehen kann.</translation>
    </message>
    <message>
      <source>Whether a practitioner you see can interpret these tests.</source>
      <translation>Ob eine Fachperson, bei der Sie in Behandlung sind, diese Tests auswerten kann.</translation>
    </message>
    <message>
      <source>Does your digestion give you little or no trouble?</source>
      <translation>Macht Ihnen Ihre Verdauung wenig oder keine Probleme?</translation>
    </message>
    <message>
      <source>With little to explain, a test has little to add.</source>
      <translation>Wo wenig zu erklären ist, kann ein Test wenig beitragen.</translation>
    </message>
    <message>
      <source>Your digestion gives you little or no trouble.</source>
      <translation>Ihre Verdauung macht Ihnen wenig oder keine Probleme.</translation>
    </message>
    <message>
      <source>Whether your digestion really gives you little trouble: the journal's gut entries over a few weeks can help you judge.</source>
      <translation>Ob Ihre Verdauung Ihnen wirklich wenig Probleme macht: Die Darm-Einträge im Tagebuch über einige Wochen können Ihnen bei der Einschätzung helfen.</translation>
    </message>
    <message>
      <source>Are there foundational gut habits you have not tried yet?</source>
      <translation>Gibt es grundlegende darmfreundliche Gewohnheiten, die Sie noch nicht ausprobiert haben?</translation>
    </message>
    <message>
      <source>Habits such as varied plant foods, fermented foods and stress care are cheaper, low-risk first steps.</source>
      <translation>Gewohnheiten wie abwechslungsreiche pflanzliche Kost, fermentierte Lebensmittel und Stressbewältigung sind günstigere, risikoarme erste Schritte.</translation>
    </message>
    <message>
      <source>There are foundational habits you have not tried yet.</source>
      <translation>Es gibt grundlegende Gewohnheiten, die Sie noch nicht ausprobiert haben.</translation>
    </message>
    <message>
      <source>Which foundational habits you have already tried; the articles list them.</source>
      <translation>Welche grundlegenden Gewohnheiten Sie schon ausprobiert haben; die Artikel führen sie auf.</translation>
    </message>
    <message>
      <source>Would the cost of testing be a strain for you?</source>
      <translation>Wären die Kosten eines Tests eine Belastung für Sie?</translation>
    </message>
    <message>
      <source>Comprehensive stool tests often cost a lot, and that money could go to better-supported options instead.</source>
      <translation>Umfassende Stuhltests kosten oft viel, und das Geld könnte stattdessen in besser belegte Möglichkeiten fließen.</translation>
    </message>
    <message>
      <source>The cost would be a strain.</source>
      <translation>Die Kosten wären eine Belastung.</translation>
    </message>
    <message>
      <source>What a test would cost you, including any follow-up appointments.</source>
      <translation>Was ein Test Sie kosten würde, einschließlich etwaiger Folgetermine.</translation>
    </message>
    <message>
      <source>Would you carry on just the same whatever the results showed?</source>
      <translation>Würden Sie genauso weitermachen, egal was die Ergebnisse zeigen?</translation>
    </message>
    <message>
      <source>If no result would change your plans, a test cannot help you decide anything.</source>
      <translation>Wenn kein Ergebnis Ihre Pläne ändern würde, kann ein Test Ihnen bei keiner Entscheidung helfen.</translation>
    </message>
    <message>
      <source>The results would not change what you do.</source>
      <translation>Die Ergebnisse würden nichts an Ihrem Vorgehen ändern.</translation>
    </message>
    <message>
      <source>Whether any result would change what you plan to do.</source>
      <translation>Ob irgendein Ergebnis ändern würde, was Sie vorhaben.</translation>
    </message>
    <message>
      <source>Unknown time zone “{zone}”; use a place name like Europe/London.</source>
      <translation>Unbekannte Zeitzone „{zone}“; verwenden Sie einen Ortsnamen wie Europe/Berlin.</translation>
    </message>
    <message>
      <source>“{zone}” is an abbreviation, not a time zone; use a place name like Europe/London (it knows when summer time applies).</source>
      <translation>„{zone}“ ist eine Abkürzung, keine Zeitzone; verwenden Sie einen Ortsnamen wie Europe/Berlin (er weiß, wann Sommerzeit gilt).</translation>
    </message>
    <message>
      <source>Unknown time zone “{zone}”; did you mean “{guess}”?</source>
      <translation>Unbekannte Zeitzone „{zone}“; meinten Sie „{guess}“?</translation>
    </message>
    <message>
      <source>This planner is meant to be used together with a clinician who knows your sleep, not instead of one.</source>
      <translation>Dieser Planer ist für die Arbeit zusammen mit einer Ärztin, einem Arzt oder einer Therapeutin gedacht, die Ihren Schlaf kennen – nicht als Ersatz dafür.</translation>
    </message>
    <message>
      <source>Daytime sleepiness usually rises in the first weeks of a shorter sleep window. If you feel drowsy, do not drive or operate machinery.</source>
      <translation>In den ersten Wochen mit einem kürzeren Schlaffenster nimmt die Tagesmüdigkeit meist zu. Wenn Sie sich schläfrig fühlen, fahren Sie nicht Auto und bedienen Sie keine Maschinen.</translation>
    </message>
    <message>
      <source>Your answers suggest a risk of sleep apnoea (STOP-Bang score {score} of 8). Please have this checked before restricting sleep.</source>
      <translation>Ihre Antworten deuten auf ein Risiko für Schlafapnoe hin (STOP-Bang-Wert {score} von 8). Bitte lassen Sie das abklären, bevor Sie den Schlaf einschränken.</translation>
    </message>
    <message>
      <source>Loud snoring with pauses in breathing seen by someone else can mean sleep apnoea. Please have this checked before restricting sleep.</source>
      <translation>Lautes Schnarchen mit Atemaussetzern, die jemand anderes beobachtet hat, kann auf Schlafapnoe hinweisen. Bitte lassen Sie das abklären, bevor Sie den Schlaf einschränken.</translation>
    </message>
    <message>
      <source>Sleep restriction is not offered here. Please talk to a clinician, who can adapt CBT-I to you.</source>
      <translation>Schlafrestriktion wird hier nicht angeboten. Bitte sprechen Sie mit einer Ärztin, einem Arzt oder einer Therapeutin, die die KVT-I an Sie anpassen können.</translation>
    </message>
    <message>
      <source>Have you been diagnosed with bipolar disorder?</source>
      <translation>Wurde bei Ihnen eine bipolare Störung festgestellt?</translation>
    </message>
    <message>
      <source>Do you have epilepsy or have you had seizures?</source>
      <translation>Haben Sie Epilepsie oder hatten Sie Krampfanfälle?</translation>
    </message>
    <message>
      <source>Have you been told you have sleep apnoea that is not being treated?</source>
      <translation>Wurde Ihnen gesagt, dass Sie eine Schlafapnoe haben, die nicht behandelt wird?</translation>
    </message>
    <message>
      <source>Are you at a high risk of falls (for example, falls in the past year)?</source>
      <translation>Haben Sie ein hohes Sturzrisiko (zum Beispiel Stürze im letzten Jahr)?</translation>
    </message>
    <message>
      <source>Are you pregnant or could you be?</source>
      <translation>Sind Sie schwanger oder könnten Sie es sein?</translation>
    </message>
    <message>
      <source>Does your work make sleepiness dangerous (driving, operating machinery)?</source>
      <translation>Ist Schläfrigkeit bei Ihrer Arbeit gefährlich (Fahren, Bedienen von Maschinen)?</translation>
    </message>
    <message>
      <source>Do you snore loudly (heard through a closed door)?</source>
      <translation>Schnarchen Sie laut (durch eine geschlossene Tür hörbar)?</translation>
    </message>
    <message>
      <source>Do you often feel tired, fatigued or sleepy during the day?</source>
      <translation>Fühlen Sie sich tagsüber oft müde, erschöpft oder schläfrig?</translation>
    </message>
    <message>
      <source>Has anyone seen you stop breathing, choke or gasp during your sleep?</source>
      <translation>Hat jemand beobachtet, dass Sie im Schlaf aufhören zu atmen, würgen oder nach Luft schnappen?</translation>
    </message>
    <message>
      <source>Do you have or are you being treated for high blood pressure?</source>
      <translation>Haben Sie Bluthochdruck oder werden Sie dagegen behandelt?</translation>
    </message>
    <message>
      <source>Is your body mass index more than 35?</source>
      <translation>Liegt Ihr Body-Mass-Index über 35?</translation>
    </message>
    <message>
      <source>Are you older than 50?</source>
      <translation>Sind Sie älter als 50?</translation>
    </message>
    <message>
      <source>Is your neck circumference more than 40 cm?</source>
      <translation>Ist Ihr Halsumfang größer als 40 cm?</translation>
    </message>
    <message>
      <source>Is your sex male?</source>
      <translation>Ist Ihr Geschlecht männlich?</translation>
    </message>
    <message>
      <source>Shortening sleep can trigger mania in bipolar disorder, so sleep restriction needs a clinician's supervision.</source>
      <translation>Verkürzter Schlaf kann bei einer bipolaren Störung eine Manie auslösen; Schlafrestriktion braucht deshalb ärztliche Begleitung.</translation>
    </message>
    <message>
      <source>Sleep loss can lower the seizure threshold, so sleep restriction needs a clinician's supervision.</source>
      <translation>Schlafmangel kann die Krampfschwelle senken; Schlafrestriktion braucht deshalb ärztliche Begleitung.</translation>
    </message>
    <message>
      <source>Untreated sleep apnoea should be treated first; sleep restriction can make the sleepiness it causes worse.</source>
      <translation>Eine unbehandelte Schlafapnoe sollte zuerst behandelt werden; Schlafrestriktion kann die dadurch verursachte Schläfrigkeit verstärken.</translation>
    </message>
    <message>
      <source>Sleepiness from sleep restriction raises the risk of falls, so it needs a clinician's supervision.</source>
      <translation>Schläfrigkeit durch Schlafrestriktion erhöht das Sturzrisiko; sie braucht deshalb ärztliche Begleitung.</translation>
    </message>
    <message>
      <source>Sleep restriction is not offered in pregnancy without a clinician's advice.</source>
      <translation>In der Schwangerschaft wird Schlafrestriktion nicht ohne ärztlichen Rat angeboten.</translation>
    </message>
    <message>
      <source>Sleep restriction makes you sleepier in the first weeks, which is dangerous when your work involves driving or machinery.</source>
      <translation>Schlafrestriktion macht Sie in den ersten Wochen schläfriger; das ist gefährlich, wenn Sie bei der Arbeit fahren oder Maschinen bedienen.</translation>
    </message>
    <message>
      <source>The first window equals your average sleep time last week, rounded to 15 minutes and never shorter than 5 hours.</source>
      <translation>Das erste Fenster entspricht Ihrer durchschnittlichen Schlafzeit der letzten Woche, auf 15 Minuten gerundet und nie kürzer als 5 Stunden.</translation>
    </message>
    <message>
      <source>Sleep efficiency was 85 % or more, so the window grows by 15 minutes.</source>
      <translation>Die Schlafeffizienz lag bei 85 % oder mehr, daher wird das Fenster um 15 Minuten länger.</translation>
    </message>
    <message>
      <source>Sleep efficiency was between 80 % and 85 %, so the window stays.</source>
      <translation>Die Schlafeffizienz lag zwischen 80 % und 85 %, daher bleibt das Fenster gleich.</translation>
    </message>
    <message>
      <source>Only {nights} of the last 7 nights have a complete sleep diary; at least 5 are needed for a new window. Keep last week's window and fill in the diary each morning.</source>
      <translation>Nur {nights} der letzten 7 Nächte haben ein vollständiges Schlaftagebuch; für ein neues Fenster sind mindestens 5 nötig. Behalten Sie das Fenster der letzten Woche bei und füllen Sie das Tagebuch jeden Morgen aus.</translation>
    </message>
    <message>
      <source>Sleep efficiency was below 80 %, so the window shrinks by 15 minutes.</source>
      <translation>Die Schlafeffizienz lag unter 80 %, daher wird das Fenster um 15 Minuten kürzer.</translation>
    </message>
    <message>
      <source>Sleep efficiency was below 80 %, but the window is already at the 5-hour floor, so it stays.</source>
      <translation>Die Schlafeffizienz lag unter 80 %, aber das Fenster ist bereits bei der Untergrenze von 5 Stunden und bleibt daher gleich.</translation>
    </message>
    <message>
      <source>mild</source>
      <translation>leicht</translation>
    </message>
    <message>
      <source>moderate</source>
      <translation>mäßig</translation>
    </message>
    <message>
      <source>severe</source>
      <translation>stark</translation>
    </message>
    <message>
      <source>Joint and muscle aches</source>
      <translation>Gelenk- und Muskelschmerzen</translation>
    </message>
    <message>
      <source>Aching or stiff joints or muscles</source>
      <translation>Schmerzende oder steife Gelenke oder Muskeln</translation>
    </message>
    <message>
      <source>moderate or severe joint and muscle aches</source>
      <translation>mäßigen oder starken Gelenk- und Muskelschmerzen</translation>
    </message>
    <message>
      <source>Headache</source>
      <translation>Kopfschmerzen</translation>
    </message>
    <message>
      <source>Headache or migraine</source>
      <translation>Kopfschmerzen oder Migräne</translation>
    </message>
    <message>
      <source>a moderate or severe headache</source>
      <translation>mäßigen oder starken Kopfschmerzen</translation>
    </message>
    <message>
      <source>Palpitations</source>
      <translation>Herzklopfen</translation>
    </message>
    <message>
      <source>A racing, pounding or fluttering heartbeat</source>
      <translation>Herzrasen, Herzklopfen oder Herzstolpern</translation>
    </message>
    <message>
      <source>moderate or severe palpitations</source>
      <translation>mäßigem oder starkem Herzklopfen</translation>
    </message>
    <message>
      <source>Anxiety</source>
      <translation>Ängstlichkeit</translation>
    </message>
    <message>
      <source>Feeling anxious, tense or panicky</source>
      <translation>Ängstlich, angespannt oder panisch</translation>
    </message>
    <message>
      <source>moderate or severe anxiety</source>
      <translation>mäßiger oder starker Ängstlichkeit</translation>
    </message>
    <message>
      <source>Low mood</source>
      <translation>Gedrückte Stimmung</translation>
    </message>
    <message>
      <source>Feeling down or tearful</source>
      <translation>Niedergeschlagen oder den Tränen nahe</translation>
    </message>
    <message>
      <source>moderate or severe low mood</source>
      <translation>mäßig oder stark gedrückter Stimmung</translation>
    </message>
    <message>
      <source>Irritability</source>
      <translation>Reizbarkeit</translation>
    </message>
    <message>
      <source>Short-tempered, easily annoyed</source>
      <translation>Gereizt, schnell verärgert</translation>
    </message>
    <message>
      <source>moderate or severe irritability</source>
      <translation>mäßiger oder starker Reizbarkeit</translation>
    </message>
    <message>
      <source>Brain fog</source>
      <translation>Konzentrationsprobleme (Brain Fog)</translation>
    </message>
    <message>
      <source>Forgetfulness, trouble concentrating or finding words</source>
      <translation>Vergesslichkeit, Mühe beim Konzentrieren oder Wortfinden</translation>
    </message>
    <message>
      <source>moderate or severe brain fog</source>
      <translation>mäßigen oder starken Konzentrationsproblemen</translation>
    </message>
    <message>
      <source>Vaginal dryness</source>
      <translation>Scheidentrockenheit</translation>
    </message>
    <message>
      <source>Dryness, itching or discomfort</source>
      <translation>Trockenheit, Juckreiz oder Beschwerden</translation>
    </message>
    <message>
      <source>moderate or severe vaginal dryness</source>
      <translation>mäßiger oder starker Scheidentrockenheit</translation>
    </message>
    <message>
      <source>Urinary urgency</source>
      <translation>Harndrang</translation>
    </message>
    <message>
      <source>A sudden need to pass urine, or going often</source>
      <translation>Plötzlicher Harndrang oder häufiges Wasserlassen</translation>
    </message>
    <message>
      <source>moderate or severe urinary urgency</source>
      <translation>mäßigem oder starkem Harndrang</translation>
    </message>
    <message>
      <source>Breast tenderness</source>
      <translation>Brustspannen</translation>
    </message>
    <message>
      <source>Sore or tender breasts</source>
      <translation>Schmerzende oder empfindliche Brüste</translation>
    </message>
    <message>
      <source>moderate or severe breast tenderness</source>
      <translation>mäßigem oder starkem Brustspannen</translation>
    </message>
    <message>
      <source>minutes after midnight</source>
      <translation>Minuten nach Mitternacht</translation>
    </message>
    <message>
      <source>Yes or no</source>
      <translation>Ja oder nein</translation>
    </message>
    <message>
      <source>Count</source>
      <translation>Anzahl</translation>
    </message>
    <message>
      <source>Rating 0-10</source>
      <translation>Bewertung 0–10</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>Minuten</translation>
    </message>
    <message>
      <source>Amount with a unit</source>
      <translation>Menge mit Einheit</translation>
    </message>
    <message>
      <source>Clock time</source>
      <translation>Uhrzeit</translation>
    </message>
    <message>
      <source>Time outdoors</source>
      <translation>Zeit im Freien</translation>
    </message>
    <message>
      <source>Screen time after 9 pm</source>
      <translation>Bildschirmzeit nach 21 Uhr</translation>
    </message>
    <message>
      <source>Caffeine after 2 pm</source>
      <translation>Koffein nach 14 Uhr</translation>
    </message>
    <message>
      <source>Weight</source>
      <translation>Gewicht</translation>
    </message>
    <message>
      <source>kg</source>
      <translation>kg</translation>
    </message>
    <message>
      <source>Give the tracker a name.</source>
      <translation>Bitte geben Sie dem Tracker einen Namen.</translation>
    </message>
    <message>
      <source>Use at most {limit} characters for the name.</source>
      <translation>Verwenden Sie höchstens {limit} Zeichen für den Namen.</translation>
    </message>
    <message>
      <source>The name holds a character that can't be shown.</source>
      <translation>Der Name enthält ein Zeichen, das nicht angezeigt werden kann.</translation>
    </message>
    <message>
      <source>Use a value from {low} to {high}.</source>
      <translation>Verwenden Sie einen Wert von {low} bis {high}.</translation>
    </message>
    <message>
      <source>Choose the Bristol type (1 to 7) of each bowel movement.</source>
      <translation>Wählen Sie für jeden Stuhlgang den Bristol-Typ (1 bis 7).</translation>
    </message>
    <message>
      <source>{day} is outside the dates the journal keeps ({first} to {last}).</source>
      <translation>{day} liegt außerhalb der Daten, die das Tagebuch führt ({first} bis {last}).</translation>
    </message>
    <message>
      <source>Type a time like 23:10 or 06:40.</source>
      <translation>Geben Sie eine Uhrzeit wie 23:10 oder 06:40 ein.</translation>
    </message>
    <message>
      <source>That is not a time of day: hours go to 23, minutes to 59.</source>
      <translation>Das ist keine Uhrzeit: Stunden gehen bis 23, Minuten bis 59.</translation>
    </message>
    <message>
      <source>With am/pm the hour goes from 1 to 12.</source>
      <translation>Mit am/pm geht die Stunde von 1 bis 12.</translation>
    </message>
    <message>
      <source>Use a number from {low} to {high}.</source>
      <translation>Geben Sie eine Zahl von {low} bis {high} ein.</translation>
    </message>
    <message>
      <source>This text is too long (over {limit} characters).</source>
      <translation>Dieser Text ist zu lang (über {limit} Zeichen).</translation>
    </message>
    <message>
      <source>This text holds control characters.</source>
      <translation>Dieser Text enthält Steuerzeichen.</translation>
    </message>
    <message>
      <source>This text holds a broken character (a lone surrogate).</source>
      <translation>Dieser Text enthält ein defektes Zeichen (ein einzelnes Surrogat).</translation>
    </message>
    <message>
      <source>This time is not in the night before {day}.</source>
      <translation>Diese Uhrzeit liegt nicht in der Nacht vor dem {day}.</translation>
    </message>
    <message>
      <source>This night ends on {day}, {days} day(s) after today: check the day shown. It is saved all the same.</source>
      <translation>Diese Nacht endet am {day}, {days} Tag(e) nach heute: Bitte prüfen Sie den angezeigten Tag. Sie wird trotzdem gespeichert.</translation>
    </message>
    <message>
      <source>{hours} h in bed: is that right? 12:00 is noon; midnight is 00:00. It is saved all the same.</source>
      <translation>{hours} Std. im Bett: Stimmt das? 12:00 ist Mittag, Mitternacht ist 00:00. Es wird trotzdem gespeichert.</translation>
    </message>
    <message>
      <source>Lights out can't come before getting into bed.</source>
      <translation>„Licht aus“ kann nicht vor dem Zubettgehen liegen.</translation>
    </message>
    <message>
      <source>The final awakening can't come before lights out.</source>
      <translation>Das endgültige Aufwachen kann nicht vor „Licht aus“ liegen.</translation>
    </message>
    <message>
      <source>Getting out of bed can't come before the final awakening.</source>
      <translation>Das Aufstehen kann nicht vor dem endgültigen Aufwachen liegen.</translation>
    </message>
    <message>
      <source>Time in bed comes out longer than 24 hours.</source>
      <translation>Die Zeit im Bett ergibt mehr als 24 Stunden.</translation>
    </message>
    <message>
      <source>Asleep for only {percent} % of the time in bed: please check the times. It is saved all the same.</source>
      <translation>Nur {percent} % der Zeit im Bett geschlafen: Bitte prüfen Sie die Zeiten. Es wird trotzdem gespeichert.</translation>
    </message>
    <message>
      <source>Getting out of bed can't come before getting into bed.</source>
      <translation>Das Aufstehen kann nicht vor dem Zubettgehen liegen.</translation>
    </message>
    <message>
      <source>Falling asleep and time awake add up to {awake} min, longer than the {window} min from lights out to the final awakening.</source>
      <translation>Einschlafen und Wachzeit ergeben zusammen {awake} min, mehr als die {window} min von „Licht aus“ bis zum endgültigen Aufwachen.</translation>
    </message>
    <message>
      <source>The clocks skipped {time} that night; it is counted as {shifted}, the same moment by the new time.</source>
      <translation>In dieser Nacht wurde {time} durch die Zeitumstellung übersprungen; es zählt als {shifted}, derselbe Zeitpunkt nach der neuen Zeit.</translation>
    </message>
    <message>
      <source>A name can't be empty.</source>
      <translation>Ein Name darf nicht leer sein.</translation>
    </message>
    <message>
      <source>{time} happened twice that night; it is counted as the first time, before the clocks went back.</source>
      <translation>{time} gab es in dieser Nacht zweimal; es zählt das erste Mal, bevor die Uhren zurückgestellt wurden.</translation>
    </message>
    <message>
      <source>Self-recorded data, not medical advice. One person's experiment shows what happened during these days; it does not prove what caused it.</source>
      <translation>Selbst erfasste Daten, keine medizinische Beratung. Das Experiment einer einzelnen Person zeigt, was in diesen Tagen geschehen ist; es beweist nicht, was die Ursache war.</translation>
    </message>
    <message>
      <source>Tier 1 · strongest evidence</source>
      <translation>Stufe 1 · stärkste Evidenz</translation>
    </message>
    <message>
      <source>Tier 2 · solid evidence</source>
      <translation>Stufe 2 · solide Evidenz</translation>
    </message>
    <message>
      <source>Tier 3 · emerging evidence</source>
      <translation>Stufe 3 · vorläufige Evidenz</translation>
    </message>
    <message>
      <source>Baseline and change alternating ({pairs} pairs, ABAB…), {days}-day phases</source>
      <translation>Ausgangs- und Änderungsphase im Wechsel ({pairs} Paare, ABAB…), Phasen von {days} Tagen</translation>
    </message>
    <message>
      <source>Difference, change minus baseline: {diff} {unit} ({level}% interval {low} to {high} {unit}).</source>
      <translation>Unterschied, Änderungsphase minus Ausgangsphase: {diff} {unit} ({level}-%-Intervall {low} bis {high} {unit}).</translation>
    </message>
    <message>
      <source>Days missing: {missing} of {days} experiment days have no value for the outcome.</source>
      <translation>Fehlende Tage: An {missing} von {days} Experimenttagen gibt es keinen Wert für die Zielgröße.</translation>
    </message>
    <message>
      <source>Baseline {n}</source>
      <translation>Ausgangsphase {n}</translation>
    </message>
    <message>
      <source>Change {n}</source>
      <translation>Änderungsphase {n}</translation>
    </message>
    <message>
      <source>Washout {n}</source>
      <translation>Auswaschphase {n}</translation>
    </message>
    <message>
      <source>Baseline then change (AB), {days}-day phases</source>
      <translation>Ausgangsphase, dann Änderungsphase (AB), Phasen von {days} Tagen</translation>
    </message>
    <message>
      <source>Smallest change that would matter: {value} {unit}, set before the start.</source>
      <translation>Kleinste Änderung, die wichtig wäre: {value} {unit}, vor dem Beginn festgelegt.</translation>
    </message>
    <message>
      <source>Difference: not available yet.</source>
      <translation>Unterschied: noch nicht verfügbar.</translation>
    </message>
    <message>
      <source>Difference, change minus baseline: {diff} {unit} (too few days for an interval).</source>
      <translation>Unterschied, Änderungsphase minus Ausgangsphase: {diff} {unit} (zu wenige Tage für ein Intervall).</translation>
    </message>
    <message>
      <source>Outcome watched: {outcome}. {design}. From {start} to {end}.</source>
      <translation>Beobachtete Zielgröße: {outcome}. {design}. Vom {start} bis zum {end}.</translation>
    </message>
    <message>
      <source>Phase</source>
      <translation>Phase</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>Zeitraum</translation>
    </message>
    <message>
      <source>Days</source>
      <translation>Tage</translation>
    </message>
    <message>
      <source>Recorded (n)</source>
      <translation>Erfasst (n)</translation>
    </message>
    <message>
      <source>Missing</source>
      <translation>Fehlend</translation>
    </message>
    <message>
      <source>Check-ins</source>
      <translation>Check-ins</translation>
    </message>
    <message>
      <source>Lower is better for this measure.</source>
      <translation>Bei diesem Wert ist niedriger besser.</translation>
    </message>
    <message>
      <source>Higher is better for this measure.</source>
      <translation>Bei diesem Wert ist höher besser.</translation>
    </message>
    <message>
      <source>{days} washout days between phases, not compared.</source>
      <translation>{days} Auswaschtage zwischen den Phasen, nicht verglichen.</translation>
    </message>
    <message>
      <source>Order drawn at random within each pair: {order} (seed {seed}).</source>
      <translation>Reihenfolge innerhalb jedes Paars zufällig gezogen: {order} (Startwert {seed}).</translation>
    </message>
    <message>
      <source>Order: {order}, as planned.</source>
      <translation>Reihenfolge: {order}, wie geplant.</translation>
    </message>
    <message>
      <source>The plan was changed after the start, on {day}: {change}.</source>
      <translation>Der Plan wurde nach dem Beginn geändert, am {day}: {change}.</translation>
    </message>
    <message>
      <source>The change</source>
      <translation>Die Änderung</translation>
    </message>
    <message>
      <source>Design and dates</source>
      <translation>Aufbau und Zeitraum</translation>
    </message>
    <message>
      <source>Mean ({unit})</source>
      <translation>Mittelwert ({unit})</translation>
    </message>
    <message>
      <source>Baseline (A), all days</source>
      <translation>Ausgangsphase (A), alle Tage</translation>
    </message>
    <message>
      <source>Change (B), all days</source>
      <translation>Änderungsphase (B), alle Tage</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>Ergebnisse</translation>
    </message>
    <message>
      <source>Check-ins: days the change was marked as done · not done · not answered (during baseline, "done" means the change was made anyway).</source>
      <translation>Check-ins: Tage, an denen die Änderung als umgesetzt · nicht umgesetzt · nicht beantwortet markiert wurde (in der Ausgangsphase bedeutet „umgesetzt“, dass die Änderung trotzdem vorgenommen wurde).</translation>
    </message>
    <message>
      <source>Adherence</source>
      <translation>Umsetzung</translation>
    </message>
    <message>
      <source>What the numbers say</source>
      <translation>Was die Zahlen sagen</translation>
    </message>
    <message>
      <source>Other explanations to keep in mind</source>
      <translation>Andere mögliche Erklärungen</translation>
    </message>
    <message>
      <source>Strain: {strain}; CFU: {cfu}</source>
      <translation>Stamm: {strain}; KBE: {cfu}</translation>
    </message>
    <message>
      <source>Paused once; paused days are left out of the phases.</source>
      <translation>Einmal pausiert; pausierte Tage zählen zu keiner Phase.</translation>
    </message>
    <message>
      <source>Ended early, on {day}: fewer days than planned.</source>
      <translation>Vorzeitig beendet am {day}: weniger Tage als geplant.</translation>
    </message>
    <message>
      <source>Nights recorded</source>
      <translation>Erfasste Nächte</translation>
    </message>
    <message>
      <source>Days recorded</source>
      <translation>Erfasste Tage</translation>
    </message>
    <message>
      <source>Adherence: days marked as done in each period. For sleep, each day's value is the night after it.</source>
      <translation>Umsetzung: Tage, die in jedem Zeitraum als gemacht markiert wurden. Beim Schlaf ist der Wert eines Tages die Nacht danach.</translation>
    </message>
    <message>
      <source>Adherence: days marked as done in each period.</source>
      <translation>Umsetzung: Tage, die in jedem Zeitraum als gemacht markiert wurden.</translation>
    </message>
    <message>
      <source>gutsleep self-experiment summary · made {day}</source>
      <translation>gutsleep – Zusammenfassung des Selbstexperiments · erstellt am {day}</translation>
    </message>
    <message>
      <source>not known yet (paused)</source>
      <translation>noch nicht bekannt (pausiert)</translation>
    </message>
    <message>
      <source>Paused {n} times; paused days are left out of the phases.</source>
      <translation>{n}-mal pausiert; pausierte Tage zählen zu keiner Phase.</translation>
    </message>
    <message>
      <source>not compared</source>
      <translation>nicht verglichen</translation>
    </message>
    <message>
      <source>Filled from {app} (the device's estimate, not your diary)</source>
      <translation>Aus {app} übernommen (Schätzung des Geräts, nicht Ihr Tagebuch)</translation>
    </message>
    <message>
      <source>night sweats</source>
      <translation>Nachtschweiß</translation>
    </message>
    <message>
      <source>mood</source>
      <translation>Stimmung</translation>
    </message>
    <message>
      <source>symptoms</source>
      <translation>Beschwerden</translation>
    </message>
    <message>
      <source>notes</source>
      <translation>Notizen</translation>
    </message>
    <message>
      <source>bloating</source>
      <translation>Blähbauch</translation>
    </message>
    <message>
      <source>bleeding</source>
      <translation>Blutung</translation>
    </message>
    <message>
      <source>hot flushes</source>
      <translation>Hitzewallungen</translation>
    </message>
    <message>
      <source>the disk is full</source>
      <translation>der Datenträger ist voll</translation>
    </message>
    <message>
      <source>the journal file is read-only</source>
      <translation>die Tagebuchdatei ist schreibgeschützt</translation>
    </message>
    <message>
      <source>the journal is busy in another program</source>
      <translation>das Tagebuch wird gerade von einem anderen Programm benutzt</translation>
    </message>
    <message>
      <source>the journal file was removed or replaced</source>
      <translation>die Tagebuchdatei wurde entfernt oder ersetzt</translation>
    </message>
    <message>
      <source>something unexpected went wrong (the details are in the log)</source>
      <translation>etwas Unerwartetes ist schiefgegangen (die Einzelheiten stehen im Protokoll)</translation>
    </message>
    <message>
      <source>self-reported; not medical advice</source>
      <translation>selbst erfasst; keine medizinische Beratung</translation>
    </message>
    <message>
      <source>This tracker is no longer in the journal.</source>
      <translation>Dieser Tracker ist nicht mehr im Tagebuch.</translation>
    </message>
    <message>
      <source>A tracker called “{name}” is already there.</source>
      <translation>Es gibt bereits einen Tracker namens „{name}“.</translation>
    </message>
    <message>
      <source>{reason}</source>
      <translation>{reason}</translation>
    </message>
    <message>
      <source>automatic daily copy</source>
      <translation>automatische tägliche Kopie</translation>
    </message>
    <message>
      <source>before an import</source>
      <translation>vor einem Import</translation>
    </message>
    <message>
      <source>before a restore</source>
      <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
      <source>before a tracker was deleted</source>
      <translation>vor dem Löschen eines Trackers</translation>
    </message>
    <message>
      <source>before an upgrade of the file's format</source>
      <translation>vor einer Aktualisierung des Dateiformats</translation>
    </message>
    <message>
      <source>made by hand</source>
      <translation>von Hand erstellt</translation>
    </message>
    <message>
      <source>If days are missing, restore a backup (File → Restore from backup…).</source>
      <translation>Wenn Tage fehlen, stellen Sie eine Sicherung wieder her (Datei → Aus Sicherung wiederherstellen…).</translation>
    </message>
    <message>
      <source>The file's schema is {revision}, not {head}.</source>
      <translation>Das Schema der Datei ist {revision}, nicht {head}.</translation>
    </message>
    <message>
      <source>The journal is sound: the file passed SQLite's checks and all {days} days are valid.</source>
      <translation>Das Tagebuch ist in Ordnung: Die Datei hat die Prüfungen von SQLite bestanden, und alle {days} Tage sind gültig.</translation>
    </message>
    <message>
      <source>The journal has {count} problem(s):</source>
      <translation>Das Tagebuch hat {count} Problem(e):</translation>
    </message>
    <message>
      <source>The search index was out of step with the journal and has been rebuilt from the stored days; no entry was changed.</source>
      <translation>Der Suchindex stimmte nicht mit dem Tagebuch überein und wurde aus den gespeicherten Tagen neu aufgebaut; kein Eintrag wurde verändert.</translation>
    </message>
    <message>
      <source>The write-ahead log ({file}, {size} bytes) had no valid header when the journal was opened, so SQLite ignored all of it: the changes saved in it are not in the journal.</source>
      <translation>Das Write-Ahead-Log ({file}, {size} Bytes) hatte beim Öffnen des Tagebuchs keinen gültigen Kopf, daher hat SQLite es ganz übergangen: Die darin gespeicherten Änderungen sind nicht im Tagebuch.</translation>
    </message>
    <message>
      <source>The write-ahead log ({file}) was cut short or damaged when the journal was opened ({pages} page(s) failed their checksum, {bytes} byte(s) of a page were cut off): the changes saved after its last complete one are not in the journal.</source>
      <translation>Das Write-Ahead-Log ({file}) war beim Öffnen des Tagebuchs gekürzt oder beschädigt ({pages} Seite(n) mit falscher Prüfsumme, {bytes} Byte(s) einer Seite abgeschnitten): Die nach seiner letzten vollständigen Änderung gespeicherten Änderungen sind nicht im Tagebuch.</translation>
    </message>
    <message>
      <source>The write-ahead log ({file}) ended with {pages} page(s) of a save that never finished: that save is not in the journal.</source>
      <translation>Das Write-Ahead-Log ({file}) endete mit {pages} Seite(n) eines Speicherns, das nie abgeschlossen wurde: Dieses Speichern ist nicht im Tagebuch.</translation>
    </message>
    <message>
      <source>The last session did not end with a clean close (gutsleep or the computer stopped, or the files were copied while the journal was open). SQLite recovered {count} saved change(s) from the write-ahead log.</source>
      <translation>Die letzte Sitzung endete nicht mit einem sauberen Schließen (gutsleep oder der Computer wurde beendet, oder die Dateien wurden kopiert, während das Tagebuch geöffnet war). SQLite hat {count} gespeicherte Änderung(en) aus dem Write-Ahead-Log wiederhergestellt.</translation>
    </message>
    <message>
      <source>…and {count} more problems.</source>
      <translation>…und {count} weitere Probleme.</translation>
    </message>
    <message>
      <source>The journal was open in gutsleep (process {pid}) while this check ran, so its write-ahead log and last close were not judged; check again after closing it.</source>
      <translation>Das Tagebuch war während dieser Prüfung in gutsleep geöffnet (Prozess {pid}), daher wurden sein Write-Ahead-Log und das letzte Schließen nicht beurteilt; prüfen Sie erneut, nachdem Sie es geschlossen haben.</translation>
    </message>
    <message>
      <source>There is no journal file here.</source>
      <translation>Hier gibt es keine Tagebuchdatei.</translation>
    </message>
    <message>
      <source>SQLite can't read the file: {reason}</source>
      <translation>SQLite kann die Datei nicht lesen: {reason}</translation>
    </message>
    <message>
      <source>The search index is out of step with the journal and could not be rebuilt ({reason}): searching may miss days. The entries themselves are not affected.</source>
      <translation>Der Suchindex stimmt nicht mit dem Tagebuch überein und konnte nicht neu aufgebaut werden ({reason}): Die Suche findet möglicherweise nicht alle Tage. Die Einträge selbst sind nicht betroffen.</translation>
    </message>
    <message>
      <source>{count} row(s) of “{table}” point at a missing row of “{parent}”.</source>
      <translation>{count} Zeile(n) von „{table}“ verweisen auf eine fehlende Zeile von „{parent}“.</translation>
    </message>
    <message>
      <source>{problem}</source>
      <translation>{problem}</translation>
    </message>
    <message>
      <source>Day row {id} can't be read: {reason}</source>
      <translation>Die Tageszeile {id} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
      <source>{day}, {field}: {problem}</source>
      <translation>{day}, {field}: {problem}</translation>
    </message>
    <message>
      <source>SQLite integrity check: {detail}</source>
      <translation>SQLite-Integritätsprüfung: {detail}</translation>
    </message>
    <message>
      <source>Use at least 8 characters.</source>
      <translation>Verwenden Sie mindestens 8 Zeichen.</translation>
    </message>
    <message>
      <source>The passphrase can't contain a NUL character.</source>
      <translation>Die Passphrase darf kein NUL-Zeichen enthalten.</translation>
    </message>
    <message>
      <source>That passphrase doesn't open this journal. Check it (and Caps Lock) and try again.</source>
      <translation>Diese Passphrase öffnet das Tagebuch nicht. Bitte prüfen Sie sie (auch die Feststelltaste) und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <source>This journal is protected with a passphrase.</source>
      <translation>Dieses Tagebuch ist mit einer Passphrase geschützt.</translation>
    </message>
    <message>
      <source>This journal is in a folder that can't be written (a read-only disk, or a folder its owner made read-only), so nothing can be saved. Reading, exporting and checking still work.</source>
      <translation>Dieses Tagebuch liegt in einem Ordner, in den nicht geschrieben werden kann (ein schreibgeschützter Datenträger oder ein Ordner, den sein Besitzer schreibgeschützt gemacht hat), daher kann nichts gespeichert werden. Lesen, Exportieren und Prüfen funktionieren weiterhin.</translation>
    </message>
    <message>
      <source>Damaged copies of the journal set aside earlier are in the data folder; they can't be encrypted. Delete them (or move them elsewhere) first.</source>
      <translation>Im Datenordner liegen früher beiseitegelegte beschädigte Kopien des Tagebuchs; sie lassen sich nicht verschlüsseln. Löschen Sie sie zuerst (oder verschieben Sie sie woandershin).</translation>
    </message>
    <message>
      <source>symptom records without a severity (the journal rates symptoms 0-3)</source>
      <translation>Beschwerde-Einträge ohne Stärke (das Journal bewertet Beschwerden mit 0–3)</translation>
    </message>
    <message>
      <source>hot flushes without a severity (the diary counts them by severity)</source>
      <translation>Hitzewallungen ohne Stärke (das Tagebuch zählt sie nach Stärke)</translation>
    </message>
    <message>
      <source>sleep change records</source>
      <translation>Einträge zu Schlafveränderungen</translation>
    </message>
    <message>
      <source>abdominal cramp records</source>
      <translation>Einträge zu Bauchkrämpfen</translation>
    </message>
    <message>
      <source>constipation records</source>
      <translation>Einträge zu Verstopfung</translation>
    </message>
    <message>
      <source>diarrhoea records</source>
      <translation>Einträge zu Durchfall</translation>
    </message>
    <message>
      <source>fatigue records</source>
      <translation>Einträge zu Erschöpfung</translation>
    </message>
    <message>
      <source>The Apple Health file declares entities; gutsleep does not read such files.</source>
      <translation>Die Apple-Health-Datei deklariert Entitäten; solche Dateien liest gutsleep nicht.</translation>
    </message>
    <message>
      <source>records that can't be read</source>
      <translation>Einträge, die sich nicht lesen lassen</translation>
    </message>
    <message>
      <source>The Apple Health file is damaged or cut short (line {line}).</source>
      <translation>Die Apple-Health-Datei ist beschädigt oder unvollständig (Zeile {line}).</translation>
    </message>
    <message>
      <source>The zip file holds no Apple Health export.xml.</source>
      <translation>Die ZIP-Datei enthält keine Apple-Health-Datei export.xml.</translation>
    </message>
    <message>
      <source>The zip file is damaged and can't be unpacked.</source>
      <translation>Die ZIP-Datei ist beschädigt und lässt sich nicht entpacken.</translation>
    </message>
    <message>
      <source>recordings shorter than 10 minutes (tests or false starts)</source>
      <translation>Aufzeichnungen unter 10 Minuten (Tests oder Fehlstarts)</translation>
    </message>
    <message>
      <source>recordings longer than 24 hours</source>
      <translation>Aufzeichnungen über 24 Stunden</translation>
    </message>
    <message>
      <source>rows that can't be read</source>
      <translation>Zeilen, die sich nicht lesen lassen</translation>
    </message>
    <message>
      <source>comments and tags (gutsleep keeps its own notes)</source>
      <translation>Kommentare und Tags (gutsleep führt eigene Notizen)</translation>
    </message>
    <message>
      <source>The file is not UTF-8 text.</source>
      <translation>Die Datei ist kein UTF-8-Text.</translation>
    </message>
    <message>
      <source>The file is not a CSV file gutsleep can read (line {line}).</source>
      <translation>Die Datei ist keine CSV-Datei, die gutsleep lesen kann (Zeile {line}).</translation>
    </message>
    <message>
      <source>The Fitbit file has no sleep records.</source>
      <translation>Die Fitbit-Datei enthält keine Schlafaufzeichnungen.</translation>
    </message>
    <message>
      <source>The Fitbit file is not a list of sleep logs.</source>
      <translation>Die Fitbit-Datei ist keine Liste von Schlafprotokollen.</translation>
    </message>
    <message>
      <source>The Fitbit file is not valid JSON.</source>
      <translation>Die Fitbit-Datei ist kein gültiges JSON.</translation>
    </message>
    <message>
      <source>The Garmin file is not a list of nights.</source>
      <translation>Die Garmin-Datei ist keine Liste von Nächten.</translation>
    </message>
    <message>
      <source>days without a measured night</source>
      <translation>Tage ohne gemessene Nacht</translation>
    </message>
    <message>
      <source>The Garmin file is not valid JSON.</source>
      <translation>Die Garmin-Datei ist kein gültiges JSON.</translation>
    </message>
    <message>
      <source>The zip file unpacks to more than 64 MB.</source>
      <translation>Die ZIP-Datei wird entpackt größer als 64 MB.</translation>
    </message>
    <message>
      <source>This file is encrypted; export it again without a password.</source>
      <translation>Diese Datei ist verschlüsselt; exportieren Sie sie erneut ohne Passwort.</translation>
    </message>
    <message>
      <source>The file is larger than 256 MB.</source>
      <translation>Die Datei ist größer als 256 MB.</translation>
    </message>
    <message>
      <source>gutsleep can't read files from {app}.</source>
      <translation>gutsleep kann keine Dateien von {app} lesen.</translation>
    </message>
    <message>
      <source>The file looks like an export of {app} but can't be read: {reason}.</source>
      <translation>Die Datei sieht wie ein Export von {app} aus, lässt sich aber nicht lesen: {reason}.</translation>
    </message>
    <message>
      <source>Foods</source>
      <translation>Lebensmittel</translation>
    </message>
    <message>
      <source>Plants</source>
      <translation>Pflanzen</translation>
    </message>
    <message>
      <source>Trigger foods</source>
      <translation>Auslösende Lebensmittel</translation>
    </message>
    <message>
      <source>Practices</source>
      <translation>Übungen</translation>
    </message>
    <message>
      <source>Supplements and medicines</source>
      <translation>Nahrungsergänzung und Medikamente</translation>
    </message>
    <message>
      <source>Size and place of the main window</source>
      <translation>Größe und Position des Hauptfensters</translation>
    </message>
    <message>
      <source>The page shown at start</source>
      <translation>Die beim Start gezeigte Seite</translation>
    </message>
    <message>
      <source>Language of the app; empty follows the system</source>
      <translation>Sprache der App; leer folgt dem System</translation>
    </message>
    <message>
      <source>This data folder holds a generated demo journal</source>
      <translation>Dieser Datenordner enthält ein erzeugtes Demo-Tagebuch</translation>
    </message>
    <message>
      <source>Colour scheme: follow the system, light or dark</source>
      <translation>Farbschema: wie das System, hell oder dunkel</translation>
    </message>
    <message>
      <source>How times are shown: 24-hour or 12-hour clock</source>
      <translation>Wie Uhrzeiten angezeigt werden: 24- oder 12-Stunden-Format</translation>
    </message>
    <message>
      <source>Remind me to fill in the journal</source>
      <translation>An das Ausfüllen des Tagebuchs erinnern</translation>
    </message>
    <message>
      <source>When the daily reminder comes</source>
      <translation>Wann die tägliche Erinnerung kommt</translation>
    </message>
    <message>
      <source>Whether the welcome was shown already</source>
      <translation>Ob die Begrüßung schon angezeigt wurde</translation>
    </message>
    <message>
      <source>Text size in the article reader, in steps from the normal size</source>
      <translation>Textgröße im Artikel-Leser, in Stufen ab der normalen Größe</translation>
    </message>
    <message>
      <source>Whether the warning about a cloud-synced or network data folder was shown</source>
      <translation>Ob der Hinweis auf einen Cloud-synchronisierten oder Netzwerk-Datenordner schon angezeigt wurde</translation>
    </message>
    <message>
      <source>Range shown on the Trends page: 14d, 30d, 90d, 1y, all or custom</source>
      <translation>Auf der Seite Trends gezeigter Zeitraum: 14d, 30d, 90d, 1y, all oder custom</translation>
    </message>
    <message>
      <source>First day of the custom Trends range (YYYY-MM-DD)</source>
      <translation>Erster Tag des eigenen Zeitraums auf der Seite Trends (JJJJ-MM-TT)</translation>
    </message>
    <message>
      <source>Last day of the custom Trends range (YYYY-MM-DD)</source>
      <translation>Letzter Tag des eigenen Zeitraums auf der Seite Trends (JJJJ-MM-TT)</translation>
    </message>
    <message>
      <source>Factors shown beside sleep on the Trends page, comma-separated</source>
      <translation>Neben dem Schlaf auf der Seite Trends gezeigte Faktoren, durch Kommas getrennt</translation>
    </message>
    <message>
      <source>The two measures compared on the Trends page, comma-separated</source>
      <translation>Die zwei auf der Seite Verläufe verglichenen Messgrößen, durch Kommas getrennt</translation>
    </message>
    <message>
      <source>Shade bleeding days on the Trends figures</source>
      <translation>Blutungstage in den Grafiken auf der Seite Trends hinterlegen</translation>
    </message>
    <message>
      <source>Symptoms shown in the Journal, comma-separated</source>
      <translation>Im Journal angezeigte Beschwerden, durch Kommas getrennt</translation>
    </message>
    <message>
      <source>The CSV can't be read here: {reason}.</source>
      <translation>Die CSV-Datei kann hier nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
      <source>This file is not UTF-8 text (a byte at position {pos} can't be read); save it as “CSV UTF-8” and try again.</source>
      <translation>Diese Datei ist kein UTF-8-Text (ein Byte an Position {pos} lässt sich nicht lesen); speichern Sie sie als „CSV UTF-8“ und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <source>Unknown column; did you mean “{guess}”?</source>
      <translation>Unbekannte Spalte; meinten Sie „{guess}“?</translation>
    </message>
    <message>
      <source>Unknown column.</source>
      <translation>Unbekannte Spalte.</translation>
    </message>
    <message>
      <source>The file has more than {rows} rows; import it in parts.</source>
      <translation>Die Datei hat mehr als {rows} Zeilen; importieren Sie sie in Teilen.</translation>
    </message>
    <message>
      <source>This row has {cells} cells but the header names {columns} columns.</source>
      <translation>Diese Zeile hat {cells} Zellen, aber die Kopfzeile nennt {columns} Spalten.</translation>
    </message>
    <message>
      <source>The zip file unpacks to {ratio} times its size; an export packs far less tightly, so it is not read.</source>
      <translation>Die ZIP-Datei wird entpackt {ratio}-mal so groß; ein Export lässt sich weit weniger dicht packen, daher wird sie nicht gelesen.</translation>
    </message>
    <message>
      <source>The folder's CSV and JSON files hold more than 64 MB.</source>
      <translation>Die CSV- und JSON-Dateien des Ordners sind zusammen größer als 64 MB.</translation>
    </message>
    <message>
      <source>This file is encrypted; zip the export again without a password.</source>
      <translation>Diese Datei ist verschlüsselt; packen Sie den Export erneut ohne Passwort.</translation>
    </message>
    <message>
      <source>This file is packed in a way gutsleep can't unpack; zip it again.</source>
      <translation>Diese Datei ist auf eine Weise gepackt, die gutsleep nicht entpacken kann; packen Sie sie erneut.</translation>
    </message>
    <message>
      <source>This file in the zip is damaged and can't be unpacked.</source>
      <translation>Diese Datei in der ZIP-Datei ist beschädigt und kann nicht entpackt werden.</translation>
    </message>
    <message>
      <source>The export has no days.csv.</source>
      <translation>Der Export enthält keine days.csv.</translation>
    </message>
    <message>
      <source>The day {day} appears twice (first at line {first}).</source>
      <translation>Der Tag {day} kommt zweimal vor (zuerst in Zeile {first}).</translation>
    </message>
    <message>
      <source>This is not a gutsleep CSV export (manifest.csv is missing).</source>
      <translation>Dies ist kein CSV-Export von gutsleep (manifest.csv fehlt).</translation>
    </message>
    <message>
      <source>This is not a gutsleep CSV export.</source>
      <translation>Dies ist kein CSV-Export von gutsleep.</translation>
    </message>
    <message>
      <source>The file's format version is missing or wrong.</source>
      <translation>Die Formatversion der Datei fehlt oder ist falsch.</translation>
    </message>
    <message>
      <source>This file was written by a newer gutsleep (format version {version}); please update gutsleep to import it.</source>
      <translation>Diese Datei wurde von einem neueren gutsleep geschrieben (Formatversion {version}); bitte aktualisieren Sie gutsleep, um sie zu importieren.</translation>
    </message>
    <message>
      <source>The item number is missing.</source>
      <translation>Die Eintragsnummer fehlt.</translation>
    </message>
    <message>
      <source>Item {item} of this day appears twice.</source>
      <translation>Eintrag {item} dieses Tages kommt zweimal vor.</translation>
    </message>
    <message>
      <source>The Bristol type is missing.</source>
      <translation>Der Bristol-Typ fehlt.</translation>
    </message>
    <message>
      <source>The setting “{key}” appears twice.</source>
      <translation>Die Einstellung „{key}“ kommt zweimal vor.</translation>
    </message>
    <message>
      <source>a record longer than {limit} characters</source>
      <translation>ein Datensatz mit mehr als {limit} Zeichen</translation>
    </message>
    <message>
      <source>The file is empty.</source>
      <translation>Die Datei ist leer.</translation>
    </message>
    <message>
      <source>The column appears twice.</source>
      <translation>Die Spalte kommt zweimal vor.</translation>
    </message>
    <message>
      <source>The “{name}” column is missing.</source>
      <translation>Die Spalte „{name}“ fehlt.</translation>
    </message>
    <message>
      <source>Item {item} appears twice.</source>
      <translation>Eintrag {item} kommt zweimal vor.</translation>
    </message>
    <message>
      <source>The day {day} is not in days.csv.</source>
      <translation>Der Tag {day} steht nicht in days.csv.</translation>
    </message>
    <message>
      <source>There is no food item {item} on {day} in foods.csv.</source>
      <translation>In foods.csv gibt es am {day} keinen Lebensmitteleintrag {item}.</translation>
    </message>
    <message>
      <source>This file unpacks to more than its stated size.</source>
      <translation>Diese Datei wird entpackt größer als angegeben.</translation>
    </message>
    <message>
      <source>There is no item {item} in {file}.</source>
      <translation>In {file} gibt es keinen Eintrag {item}.</translation>
    </message>
    <message>
      <source>This is not valid JSON: {reason}.</source>
      <translation>Das ist kein gültiges JSON: {reason}.</translation>
    </message>
    <message>
      <source>The export has {file} but no {main}.</source>
      <translation>Der Export enthält {file}, aber keine {main}.</translation>
    </message>
    <message>
      <source>{where}, field “{field}”: {problem}</source>
      <translation>{where}, Feld „{field}“: {problem}</translation>
    </message>
    <message>
      <source>item {number}</source>
      <translation>Eintrag {number}</translation>
    </message>
    <message>
      <source>A journal has at most one checklist not saved yet.</source>
      <translation>Ein Tagebuch hat höchstens eine noch nicht gespeicherte Checkliste.</translation>
    </message>
    <message>
      <source>Expected the checklist's answers.</source>
      <translation>Erwartet werden die Antworten der Checkliste.</translation>
    </message>
    <message>
      <source>Expected a list of [date, note] pairs.</source>
      <translation>Erwartet wird eine Liste von Paaren [Datum, Notiz].</translation>
    </message>
    <message>
      <source>“{value}” is not a whole number.</source>
      <translation>„{value}“ ist keine ganze Zahl.</translation>
    </message>
    <message>
      <source>“{value}” is not a date like 2026-03-29.</source>
      <translation>„{value}“ ist kein Datum wie 2026-03-29.</translation>
    </message>
    <message>
      <source>“{value}” is not a local date-time like 2026-03-28T23:10 (no time-zone offset).</source>
      <translation>„{value}“ ist keine lokale Datums- und Uhrzeitangabe wie 2026-03-28T23:10 (ohne Zeitzonenversatz).</translation>
    </message>
    <message>
      <source>A time is missing.</source>
      <translation>Eine Uhrzeit fehlt.</translation>
    </message>
    <message>
      <source>A number with {digits} digits is far too large.</source>
      <translation>Eine Zahl mit {digits} Ziffern ist viel zu groß.</translation>
    </message>
    <message>
      <source>“{value}” is neither true nor false (yes or no).</source>
      <translation>„{value}“ ist weder true noch false (yes oder no).</translation>
    </message>
    <message>
      <source>“{value}” is not a time-zone name like Europe/London.</source>
      <translation>„{value}“ ist kein Zeitzonenname wie Europe/Berlin.</translation>
    </message>
    <message>
      <source>Expected text, found {value}.</source>
      <translation>Text erwartet, {value} gefunden.</translation>
    </message>
    <message>
      <source>“{value}” is not a clock time like 06:40:00.</source>
      <translation>„{value}“ ist keine Uhrzeit wie 06:40:00.</translation>
    </message>
    <message>
      <source>a list</source>
      <translation>eine Liste</translation>
    </message>
    <message>
      <source>an object</source>
      <translation>ein Objekt</translation>
    </message>
    <message>
      <source>“{value}” is not a date that exists.</source>
      <translation>„{value}“ ist kein existierendes Datum.</translation>
    </message>
    <message>
      <source>“{value}” is not a date-time that exists.</source>
      <translation>„{value}“ ist keine existierende Datums- und Uhrzeitangabe.</translation>
    </message>
    <message>
      <source>“{value}”: {reason}</source>
      <translation>„{value}“: {reason}</translation>
    </message>
    <message>
      <source>“{value}” is not one of none, spotting, light, medium, heavy.</source>
      <translation>„{value}“ ist keiner der Werte none, spotting, light, medium, heavy.</translation>
    </message>
    <message>
      <source>“{value}” is not one of supplement, probiotic, medicine.</source>
      <translation>„{value}“ ist keiner der Werte supplement, probiotic, medicine.</translation>
    </message>
    <message>
      <source>Expected text.</source>
      <translation>Text erwartet.</translation>
    </message>
    <message>
      <source>Expected a whole number, found {value}.</source>
      <translation>Ganze Zahl erwartet, {value} gefunden.</translation>
    </message>
    <message>
      <source>Expected true, false or null, found {value}.</source>
      <translation>true, false oder null erwartet, {value} gefunden.</translation>
    </message>
    <message>
      <source>A value is needed here.</source>
      <translation>Hier wird ein Wert benötigt.</translation>
    </message>
    <message>
      <source>Expected true or false.</source>
      <translation>Erwartet wurde true oder false.</translation>
    </message>
    <message>
      <source>Use a number of at least {min}.</source>
      <translation>Verwenden Sie eine Zahl von mindestens {min}.</translation>
    </message>
    <message>
      <source>Use a number.</source>
      <translation>Geben Sie eine Zahl ein.</translation>
    </message>
    <message>
      <source>Use one of: {choices}.</source>
      <translation>Verwenden Sie eines von: {choices}.</translation>
    </message>
    <message>
      <source>The text holds a null character.</source>
      <translation>Der Text enthält ein Nullzeichen.</translation>
    </message>
    <message>
      <source>{where}: Expected an object ({{...}}).</source>
      <translation>{where}: Erwartet wurde ein Objekt ({{...}}).</translation>
    </message>
    <message>
      <source>Expected a list ([...]).</source>
      <translation>Liste erwartet ([...]).</translation>
    </message>
    <message>
      <source>The text holds a character that is not valid Unicode.</source>
      <translation>Der Text enthält ein Zeichen, das kein gültiges Unicode ist.</translation>
    </message>
    <message>
      <source>Use a clock time such as 07:30.</source>
      <translation>Geben Sie eine Uhrzeit wie 07:30 ein.</translation>
    </message>
    <message>
      <source>Unknown field.</source>
      <translation>Unbekanntes Feld.</translation>
    </message>
    <message>
      <source>The field is missing.</source>
      <translation>Das Feld fehlt.</translation>
    </message>
    <message>
      <source>Item {number} is item {first} again (the same {key}).</source>
      <translation>Eintrag {number} ist noch einmal Eintrag {first} (dasselbe {key}).</translation>
    </message>
    <message>
      <source>{where} is {list}[{first}] again (the same {key}).</source>
      <translation>{where} ist noch einmal {list}[{first}] (dasselbe {key}).</translation>
    </message>
    <message>
      <source>true or false</source>
      <translation>true oder false</translation>
    </message>
    <message>
      <source>a whole number</source>
      <translation>eine ganze Zahl</translation>
    </message>
    <message>
      <source>text</source>
      <translation>Text</translation>
    </message>
    <message>
      <source>Expected an object ({{...}}).</source>
      <translation>Erwartet wurde ein Objekt ({{...}}).</translation>
    </message>
    <message>
      <source>Unknown setting.</source>
      <translation>Unbekannte Einstellung.</translation>
    </message>
    <message>
      <source>Expected {type}.</source>
      <translation>Erwartet wurde {type}.</translation>
    </message>
    <message>
      <source>setting</source>
      <translation>Einstellung</translation>
    </message>
    <message>
      <source>Expected an object (names with values), found {value}.</source>
      <translation>Erwartet wurde ein Objekt (Namen mit Werten), gefunden: {value}.</translation>
    </message>
    <message>
      <source>Expected a list, found {value}.</source>
      <translation>Erwartet wurde eine Liste, gefunden: {value}.</translation>
    </message>
    <message>
      <source>The day's date is missing.</source>
      <translation>Das Datum des Tages fehlt.</translation>
    </message>
    <message>
      <source>Expected a date like 2026-03-29.</source>
      <translation>Datum wie 2026-03-29 erwartet.</translation>
    </message>
    <message>
      <source>This JSON file is not a gutsleep journal export.</source>
      <translation>Diese JSON-Datei ist kein Tagebuch-Export von gutsleep.</translation>
    </message>
    <message>
      <source>“days” should be a list.</source>
      <translation>„days“ sollte eine Liste sein.</translation>
    </message>
    <message>
      <source>“sections” should be an object.</source>
      <translation>„sections“ sollte ein Objekt sein.</translation>
    </message>
    <message>
      <source>The section “{name}” holds a broken character (a lone surrogate).</source>
      <translation>Der Bereich „{name}“ enthält ein defektes Zeichen (ein einzelnes Surrogat).</translation>
    </message>
    <message>
      <source>Lists and objects nest more than {depth} levels deep here.</source>
      <translation>Listen und Objekte sind hier mehr als {depth} Ebenen tief verschachtelt.</translation>
    </message>
    <message>
      <source>A number here is far too long (thousands of digits).</source>
      <translation>Eine Zahl hier ist viel zu lang (Tausende Ziffern).</translation>
    </message>
    <message>
      <source>This is a journal database or a backup, not an export; use “Restore from backup” for it.</source>
      <translation>Dies ist eine Tagebuch-Datenbank oder eine Sicherung, kein Export; verwenden Sie dafür „Aus Sicherung wiederherstellen“.</translation>
    </message>
    <message>
      <source>The file can't be read: {reason}.</source>
      <translation>Die Datei kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
      <source>This folder holds no gutsleep CSV export (no days.csv).</source>
      <translation>Dieser Ordner enthält keinen CSV-Export von gutsleep (keine days.csv).</translation>
    </message>
    <message>
      <source>The file does not exist.</source>
      <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
      <source>The file holds “{name}”, which this gutsleep can't read; please update gutsleep to import it.</source>
      <translation>Die Datei enthält „{name}“, das diese gutsleep-Version nicht lesen kann; bitte aktualisieren Sie gutsleep, um sie zu importieren.</translation>
    </message>
    <message>
      <source>This zip file holds no gutsleep CSV export (no days.csv).</source>
      <translation>Diese ZIP-Datei enthält keinen CSV-Export von gutsleep (keine days.csv).</translation>
    </message>
    <message>
      <source>{section}: {problem}</source>
      <translation>{section}: {problem}</translation>
    </message>
    <message>
      <source>field “{name}”</source>
      <translation>Feld „{name}“</translation>
    </message>
    <message>
      <source>column “{name}”</source>
      <translation>Spalte „{name}“</translation>
    </message>
    <message>
      <source>The file was refused.</source>
      <translation>Die Datei wurde abgelehnt.</translation>
    </message>
    <message>
      <source>(and {count} more)</source>
      <translation>(und {count} weitere)</translation>
    </message>
    <message>
      <source>{count} of the file's days are already in the journal ({days}); nothing was imported.</source>
      <translation>{count} Tage der Datei sind bereits im Tagebuch ({days}); es wurde nichts importiert.</translation>
    </message>
    <message>
      <source>{count} of the file's items are in the journal with other content ({items}); nothing was imported.</source>
      <translation>{count} Einträge der Datei stehen mit anderem Inhalt im Tagebuch ({items}); es wurde nichts importiert.</translation>
    </message>
    <message>
      <source>line {line}</source>
      <translation>Zeile {line}</translation>
    </message>
    <message>
      <source>day {day}</source>
      <translation>Tag {day}</translation>
    </message>
    <message>
      <source>Bookmarks</source>
      <translation>Lesezeichen</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Öffnen</translation>
    </message>
    <message>
      <source>Open the bookmarked section</source>
      <translation>Den Abschnitt mit dem Lesezeichen öffnen</translation>
    </message>
    <message>
      <source>Edit note…</source>
      <translation>Notiz bearbeiten…</translation>
    </message>
    <message>
      <source>Edit the bookmark's note</source>
      <translation>Die Notiz zum Lesezeichen bearbeiten</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <source>Delete the bookmark</source>
      <translation>Das Lesezeichen löschen</translation>
    </message>
    <message>
      <source>Bookmark this section</source>
      <translation>Lesezeichen für diesen Abschnitt</translation>
    </message>
    <message>
      <source>No bookmarks yet. Use “Bookmark…” while reading.</source>
      <translation>Noch keine Lesezeichen. Verwenden Sie beim Lesen die Schaltfläche „Lesezeichen…“.</translation>
    </message>
    <message>
      <source>Edit note</source>
      <translation>Notiz bearbeiten</translation>
    </message>
    <message>
      <source>“{section}” in “{article}”.
Add a note if you like (optional):</source>
      <translation>„{section}“ in „{article}“.
Fügen Sie auf Wunsch eine Notiz hinzu (optional):</translation>
    </message>
    <message>
      <source>Your note on “{section}”:</source>
      <translation>Ihre Notiz zu „{section}“:</translation>
    </message>
    <message>
      <source>Delete this bookmark?</source>
      <translation>Dieses Lesezeichen löschen?</translation>
    </message>
    <message>
      <source>Bookmarks ({count})</source>
      <translation>Lesezeichen ({count})</translation>
    </message>
    <message>
      <source>The bookmark on “{section}” and your note on it will be deleted.</source>
      <translation>Das Lesezeichen für „{section}“ und Ihre Notiz dazu werden gelöscht.</translation>
    </message>
    <message>
      <source>Background</source>
      <translation>Hintergrund</translation>
    </message>
    <message>
      <source>Yours</source>
      <translation>Eigener</translation>
    </message>
    <message>
      <source>{minutes} min read</source>
      <translation>{minutes} min Lesezeit</translation>
    </message>
    <message>
      <source>Read</source>
      <translation>Gelesen</translation>
    </message>
    <message>
      <source>Unread</source>
      <translation>Ungelesen</translation>
    </message>
    <message>
      <source>Find:</source>
      <translation>Suchen:</translation>
    </message>
    <message>
      <source>Find in article</source>
      <translation>Im Artikel suchen</translation>
    </message>
    <message>
      <source>Enter or F3: next match; Shift+Enter or Shift+F3: previous; Esc closes</source>
      <translation>Eingabe oder F3: nächster Treffer; Umschalt+Eingabe oder Umschalt+F3: vorheriger; Esc schließt</translation>
    </message>
    <message>
      <source>Previous</source>
      <translation>Vorheriger</translation>
    </message>
    <message>
      <source>Previous match (Shift+F3)</source>
      <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
      <source>Next</source>
      <translation>Nächster</translation>
    </message>
    <message>
      <source>Next match (F3)</source>
      <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
      <source>Close the find bar (Esc)</source>
      <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
      <source>Continued from the end.</source>
      <translation>Am Ende fortgesetzt.</translation>
    </message>
    <message>
      <source>Continued from the top.</source>
      <translation>Am Anfang fortgesetzt.</translation>
    </message>
    <message>
      <source>1 match</source>
      <translation>1 Treffer</translation>
    </message>
    <message>
      <source>No match for “{text}”</source>
      <translation>Kein Treffer für „{text}“</translation>
    </message>
    <message>
      <source>{count} matches</source>
      <translation>{count} Treffer</translation>
    </message>
    <message>
      <source>Add an article</source>
      <translation>Artikel hinzufügen</translation>
    </message>
    <message>
      <source>Articles (*.md *.markdown *.txt *.text *.html *.htm);;All files (*)</source>
      <translation>Artikel (*.md *.markdown *.txt *.text *.html *.htm);;Alle Dateien (*)</translation>
    </message>
    <message>
      <source>The article can't be added: something unexpected went wrong.</source>
      <translation>Der Artikel kann nicht hinzugefügt werden: Etwas Unerwartetes ist schiefgegangen.</translation>
    </message>
    <message>
      <source>Search all articles</source>
      <translation>Alle Artikel durchsuchen</translation>
    </message>
    <message>
      <source>Search articles</source>
      <translation>Artikel durchsuchen</translation>
    </message>
    <message>
      <source>Finds articles containing every word you type</source>
      <translation>Findet Artikel, die jedes eingegebene Wort enthalten</translation>
    </message>
    <message>
      <source>Articles</source>
      <translation>Artikel</translation>
    </message>
    <message>
      <source>Add an article…</source>
      <translation>Artikel hinzufügen…</translation>
    </message>
    <message>
      <source>Add your own Markdown, text or HTML file to the library</source>
      <translation>Eigene Markdown-, Text- oder HTML-Datei zur Bibliothek hinzufügen</translation>
    </message>
    <message>
      <source>Remove…</source>
      <translation>Entfernen…</translation>
    </message>
    <message>
      <source>Remove the selected article</source>
      <translation>Den ausgewählten Artikel entfernen</translation>
    </message>
    <message>
      <source>Removes the article you added that is selected in the list, with its bookmarks</source>
      <translation>Entfernt den in der Liste ausgewählten Artikel, den Sie hinzugefügt haben, mit seinen Lesezeichen</translation>
    </message>
    <message>
      <source>No article contains all of these words.</source>
      <translation>Kein Artikel enthält alle diese Wörter.</translation>
    </message>
    <message>
      <source>Library and bookmarks</source>
      <translation>Bibliothek und Lesezeichen</translation>
    </message>
    <message>
      <source>Library</source>
      <translation>Bibliothek</translation>
    </message>
    <message>
      <source>Remove this article?</source>
      <translation>Diesen Artikel entfernen?</translation>
    </message>
    <message>
      <source>Adding “{name}”…</source>
      <translation>„{name}“ wird hinzugefügt…</translation>
    </message>
    <message>
      <source>“{title}” was added to your library.</source>
      <translation>„{title}“ wurde Ihrer Bibliothek hinzugefügt.</translation>
    </message>
    <message>
      <source>“{title}” was removed from your library.</source>
      <translation>„{title}“ wurde aus Ihrer Bibliothek entfernt.</translation>
    </message>
    <message>
      <source>Bookmarked “{section}”.</source>
      <translation>Lesezeichen für „{section}“ gesetzt.</translation>
    </message>
    <message>
      <source>“{title}” will be removed from your library, together with its bookmarks. The file you added it from is not touched.</source>
      <translation>„{title}“ wird zusammen mit den zugehörigen Lesezeichen aus Ihrer Bibliothek entfernt. Die Datei, aus der Sie den Artikel hinzugefügt haben, bleibt unverändert.</translation>
    </message>
    <message>
      <source>Contents</source>
      <translation>Inhalt</translation>
    </message>
    <message>
      <source>Sections of this article</source>
      <translation>Abschnitte dieses Artikels</translation>
    </message>
    <message>
      <source>Article text</source>
      <translation>Artikeltext</translation>
    </message>
    <message>
      <source>← Back</source>
      <translation>← Zurück</translation>
    </message>
    <message>
      <source>Back to where you were (Alt+Left)</source>
      <translation>Zurück zur vorherigen Stelle (Alt+Links)</translation>
    </message>
    <message>
      <source>Marked as read</source>
      <translation>Als gelesen markiert</translation>
    </message>
    <message>
      <source>Bookmark…</source>
      <translation>Lesezeichen…</translation>
    </message>
    <message>
      <source>Bookmarks the section at the top of the reader, with a note if you like</source>
      <translation>Setzt ein Lesezeichen für den Abschnitt oben im Lesebereich, auf Wunsch mit einer Notiz</translation>
    </message>
    <message>
      <source>Find…</source>
      <translation>Suchen…</translation>
    </message>
    <message>
      <source>Find in this article (Ctrl+F)</source>
      <translation>In diesem Artikel suchen (Strg+F)</translation>
    </message>
    <message>
      <source>A−</source>
      <translation>A−</translation>
    </message>
    <message>
      <source>Smaller text (Ctrl+minus)</source>
      <translation>Kleinere Schrift (Strg+Minus)</translation>
    </message>
    <message>
      <source>A+</source>
      <translation>A+</translation>
    </message>
    <message>
      <source>Larger text (Ctrl+plus)</source>
      <translation>Größere Schrift (Strg+Plus)</translation>
    </message>
    <message>
      <source>Remove this article</source>
      <translation>Diesen Artikel entfernen</translation>
    </message>
    <message>
      <source>Removes an article you added, with its bookmarks</source>
      <translation>Entfernt einen von Ihnen hinzugefügten Artikel samt Lesezeichen</translation>
    </message>
    <message>
      <source>Text size {percent} %</source>
      <translation>Textgröße {percent} %</translation>
    </message>
    <message>
      <source>There is no article “{article}” in the library.</source>
      <translation>In der Bibliothek gibt es keinen Artikel „{article}“.</translation>
    </message>
    <message>
      <source>Sources</source>
      <translation>Quellen</translation>
    </message>
    <message>
      <source>reviewed {date}</source>
      <translation>zuletzt geprüft: {date}</translation>
    </message>
    <message>
      <source>Choose an article on the left to start reading. They are written to be read in order, starting with where gut health fits among the options for sleep.</source>
      <translation>Wählen Sie links einen Artikel, um mit dem Lesen zu beginnen. Die Artikel sind zum Lesen der Reihe nach gedacht und beginnen damit, welchen Platz die Darmgesundheit unter den Möglichkeiten für besseren Schlaf hat.</translation>
    </message>
    <message>
      <source>Everything here is stored on this computer and opens without an internet connection. The articles inform; they are not medical advice.</source>
      <translation>Alles hier ist auf diesem Computer gespeichert und öffnet sich ohne Internetverbindung. Die Artikel informieren; sie sind keine medizinische Beratung.</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Ja</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Nein</translation>
    </message>
    <message>
      <source>Not answered</source>
      <translation>Nicht beantwortet</translation>
    </message>
    <message>
      <source>Did you do it today?</source>
      <translation>Haben Sie die Änderung heute umgesetzt?</translation>
    </message>
    <message>
      <source>Did you do it on this day?</source>
      <translation>Haben Sie die Änderung an diesem Tag umgesetzt?</translation>
    </message>
    <message>
      <source>Experiment check-in</source>
      <translation>Check-in zum Experiment</translation>
    </message>
    <message>
      <source>Check-in saved.</source>
      <translation>Check-in gespeichert.</translation>
    </message>
    <message>
      <source>{title} · {status}: keep to your usual routine, without the change.</source>
      <translation>{title} · {status}: Bleiben Sie bei Ihrer gewohnten Routine, ohne die Änderung.</translation>
    </message>
    <message>
      <source>{title} · {status}</source>
      <translation>{title} · {status}</translation>
    </message>
    <message>
      <source>Side by side</source>
      <translation>Nebeneinander</translation>
    </message>
    <message>
      <source>Answers side by side</source>
      <translation>Antworten nebeneinander</translation>
    </message>
    <message>
      <source>Close the comparison</source>
      <translation>Vergleich schließen</translation>
    </message>
    <message>
      <source>Changed?</source>
      <translation>Geändert?</translation>
    </message>
    <message>
      <source>{day} (earlier)</source>
      <translation>{day} (früher)</translation>
    </message>
    <message>
      <source>{day} (later)</source>
      <translation>{day} (später)</translation>
    </message>
    <message>
      <source>changed</source>
      <translation>geändert</translation>
    </message>
    <message>
      <source>Your answers on {before} and on {after}. Answers that changed: {n}, marked in bold.</source>
      <translation>Ihre Antworten vom {before} und vom {after}. Geänderte Antworten: {n}, fett markiert.</translation>
    </message>
    <message>
      <source>Your answers on {before} and on {after}. None of them changed.</source>
      <translation>Ihre Antworten vom {before} und vom {after}. Keine davon hat sich geändert.</translation>
    </message>
    <message>
      <source>Gut work is probably not the place to start</source>
      <translation>Maßnahmen rund um den Darm sind wahrscheinlich nicht der richtige Anfang</translation>
    </message>
    <message>
      <source>None of the {total} signs fits</source>
      <translation>Keines der {total} Anzeichen trifft zu</translation>
    </message>
    <message>
      <source>Checklist</source>
      <translation>Checkliste</translation>
    </message>
    <message>
      <source>Is your gut worth a look for your sleep?</source>
      <translation>Lohnt sich für Ihren Schlaf ein Blick auf den Darm?</translation>
    </message>
    <message>
      <source>Six signs suggest that gut factors may play a part in someone's sleep. Answer what you can; “not sure” is a fine answer. Then a few questions help you weigh whether a stool test would add anything for you. It takes about five minutes, and you can come back to it any time.</source>
      <translation>Sechs Anzeichen deuten darauf hin, dass Darmfaktoren beim Schlaf eine Rolle spielen könnten. Beantworten Sie, was Sie können; „Nicht sicher“ ist eine gute Antwort. Danach helfen Ihnen einige Fragen abzuwägen, ob ein Stuhltest Ihnen etwas bringen würde. Das dauert etwa fünf Minuten, und Sie können jederzeit darauf zurückkommen.</translation>
    </message>
    <message>
      <source>Six signs</source>
      <translation>Sechs Anzeichen</translation>
    </message>
    <message>
      <source>Your digestion</source>
      <translation>Ihre Verdauung</translation>
    </message>
    <message>
      <source>Would a stool test add anything for you?</source>
      <translation>Würde Ihnen ein Stuhltest etwas bringen?</translation>
    </message>
    <message>
      <source>Comprehensive stool (microbiome) tests are widely sold. These eight questions weigh whether one is likely to help you decide anything.</source>
      <translation>Umfassende Stuhltests (Mikrobiomtests) werden vielfach angeboten. Diese acht Fragen helfen abzuwägen, ob ein solcher Test Ihnen wahrscheinlich bei einer Entscheidung hilft.</translation>
    </message>
    <message>
      <source>Read more about testing</source>
      <translation>Mehr über Tests lesen</translation>
    </message>
    <message>
      <source>Read more about stool testing</source>
      <translation>Mehr über Stuhltests lesen</translation>
    </message>
    <message>
      <source>See my result</source>
      <translation>Mein Ergebnis ansehen</translation>
    </message>
    <message>
      <source>Save this checklist</source>
      <translation>Diese Checkliste speichern</translation>
    </message>
    <message>
      <source>Keeps these answers with today's date</source>
      <translation>Speichert diese Antworten mit dem heutigen Datum</translation>
    </message>
    <message>
      <source>Start again</source>
      <translation>Neu beginnen</translation>
    </message>
    <message>
      <source>Clear the answers for a new checklist; saved ones stay in the history</source>
      <translation>Leert die Antworten für eine neue Checkliste; gespeicherte bleiben im Verlauf</translation>
    </message>
    <message>
      <source>Save status</source>
      <translation>Speicherstatus</translation>
    </message>
    <message>
      <source>Earlier checklists</source>
      <translation>Frühere Checklisten</translation>
    </message>
    <message>
      <source>Checklists you save appear here, so you can see what changed over time.</source>
      <translation>Gespeicherte Checklisten erscheinen hier, damit Sie sehen können, was sich mit der Zeit verändert hat.</translation>
    </message>
    <message>
      <source>Compare side by side</source>
      <translation>Nebeneinander vergleichen</translation>
    </message>
    <message>
      <source>Shows the chosen checklist next to the most recent one</source>
      <translation>Zeigt die ausgewählte Checkliste neben der neuesten</translation>
    </message>
    <message>
      <source>Change these answers</source>
      <translation>Diese Antworten ändern</translation>
    </message>
    <message>
      <source>Loads the chosen checklist into the form; saving updates it</source>
      <translation>Lädt die ausgewählte Checkliste ins Formular; Speichern aktualisiert sie</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Löschen…</translation>
    </message>
    <message>
      <source>Delete the chosen checklist</source>
      <translation>Die ausgewählte Checkliste löschen</translation>
    </message>
    <message>
      <source>Gut factors may be worth a look ({n} of {total} signs fit)</source>
      <translation>Ein Blick auf Darmfaktoren könnte sich lohnen ({n} von {total} Anzeichen treffen zu)</translation>
    </message>
    <message>
      <source>Unfinished: {n} of {total} signs answered</source>
      <translation>Unvollständig: {n} von {total} Anzeichen beantwortet</translation>
    </message>
    <message>
      <source>Not clear yet: not sure about {n} of the {total} signs</source>
      <translation>Noch unklar: bei {n} der {total} Anzeichen nicht sicher</translation>
    </message>
    <message>
      <source>It may be worth considering when…</source>
      <translation>Ein Test kann eine Überlegung wert sein, wenn…</translation>
    </message>
    <message>
      <source>It is probably not needed when…</source>
      <translation>Ein Test ist wahrscheinlich nicht nötig, wenn…</translation>
    </message>
    <message>
      <source>Changed since it was saved; not saved yet.</source>
      <translation>Seit dem Speichern geändert; noch nicht gespeichert.</translation>
    </message>
    <message>
      <source>Answer at least one question before saving.</source>
      <translation>Beantworten Sie vor dem Speichern mindestens eine Frage.</translation>
    </message>
    <message>
      <source>Delete this checklist?</source>
      <translation>Diese Checkliste löschen?</translation>
    </message>
    <message>
      <source>Save these changes</source>
      <translation>Diese Änderungen speichern</translation>
    </message>
    <message>
      <source>Saved</source>
      <translation>Gespeichert</translation>
    </message>
    <message>
      <source>{day} — {result}</source>
      <translation>{day} — {result}</translation>
    </message>
    <message>
      <source>Not saved yet.</source>
      <translation>Noch nicht gespeichert.</translation>
    </message>
    <message>
      <source>You are changing the checklist from {day}. Saving updates that one; “Start again” begins a new checklist.</source>
      <translation>Sie ändern die Checkliste vom {day}. Speichern aktualisiert diese; „Neu beginnen“ startet eine neue Checkliste.</translation>
    </message>
    <message>
      <source>You last saved this checklist on {day}: {result}.</source>
      <translation>Sie haben diese Checkliste zuletzt am {day} gespeichert: {result}.</translation>
    </message>
    <message>
      <source>The checklist from {day} will be deleted. This can't be undone.</source>
      <translation>Die Checkliste vom {day} wird gelöscht. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
      <source>Saved as the checklist of {day}.</source>
      <translation>Als Checkliste vom {day} gespeichert.</translation>
    </message>
    <message>
      <source>Not sure</source>
      <translation>Nicht sicher</translation>
    </message>
    <message>
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <source>Read more</source>
      <translation>Mehr lesen</translation>
    </message>
    <message>
      <source>From your journal: {hint}</source>
      <translation>Aus Ihrem Tagebuch: {hint}</translation>
    </message>
    <message>
      <source>{question}: {answer}</source>
      <translation>{question}: {answer}</translation>
    </message>
    <message>
      <source>Read more: {question}</source>
      <translation>Mehr lesen: {question}</translation>
    </message>
    <message>
      <source>Your result</source>
      <translation>Ihr Ergebnis</translation>
    </message>
    <message>
      <source>Read about the first-tier options</source>
      <translation>Über die Möglichkeiten der ersten Stufe lesen</translation>
    </message>
    <message>
      <source>Read about the first-tier options for sleep</source>
      <translation>Über die Möglichkeiten der ersten Stufe für den Schlaf lesen</translation>
    </message>
    <message>
      <source>Where gut work fits</source>
      <translation>Welchen Platz Maßnahmen rund um den Darm haben</translation>
    </message>
    <message>
      <source>Stool testing</source>
      <translation>Stuhltests</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation>&amp;Exportieren…</translation>
    </message>
    <message>
      <source>&amp;Import…</source>
      <translation>&amp;Importieren…</translation>
    </message>
    <message>
      <source>Import from &amp;another app…</source>
      <translation>Aus &amp;anderer App importieren…</translation>
    </message>
    <message>
      <source>&amp;Back up now…</source>
      <translation>Jetzt &amp;sichern…</translation>
    </message>
    <message>
      <source>&amp;Restore from backup…</source>
      <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
      <source>&amp;Check database</source>
      <translation>Datenbank &amp;prüfen</translation>
    </message>
    <message>
      <source>The file can't be imported</source>
      <translation>Die Datei kann nicht importiert werden</translation>
    </message>
    <message>
      <source>CSV tables in a zip (*.zip)</source>
      <translation>CSV-Tabellen in einer ZIP-Datei (*.zip)</translation>
    </message>
    <message>
      <source>gutsleep export (*.json)</source>
      <translation>gutsleep-Export (*.json)</translation>
    </message>
    <message>
      <source>Export the journal</source>
      <translation>Tagebuch exportieren</translation>
    </message>
    <message>
      <source>Exporting the journal…</source>
      <translation>Das Tagebuch wird exportiert…</translation>
    </message>
    <message>
      <source>Import into the journal</source>
      <translation>In das Tagebuch importieren</translation>
    </message>
    <message>
      <source>gutsleep exports and CSV files (*.json *.zip *.csv);;All files (*)</source>
      <translation>gutsleep-Exporte und CSV-Dateien (*.json *.zip *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
      <source>Reading the file…</source>
      <translation>Die Datei wird gelesen…</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>Wird importiert…</translation>
    </message>
    <message>
      <source>Days already in the journal</source>
      <translation>Tage bereits im Tagebuch</translation>
    </message>
    <message>
      <source>Already in the journal</source>
      <translation>Schon im Tagebuch</translation>
    </message>
    <message>
      <source>Keep yours (skip), or replace them with the file's (overwrite)? Nothing is written until you choose.</source>
      <translation>Ihre behalten (überspringen) oder durch die der Datei ersetzen (überschreiben)? Es wird nichts geschrieben, bevor Sie wählen.</translation>
    </message>
    <message>
      <source>Imported</source>
      <translation>Importiert</translation>
    </message>
    <message>
      <source>Back up the journal</source>
      <translation>Tagebuch sichern</translation>
    </message>
    <message>
      <source>gutsleep backups (*.sqlite3);;All files (*)</source>
      <translation>gutsleep-Sicherungen (*.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
      <source>Backing up…</source>
      <translation>Wird gesichert…</translation>
    </message>
    <message>
      <source>Restore from a backup</source>
      <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
      <source>Choose the copy to bring back. The journal as it is now is backed up first, so this can be undone by restoring that copy.</source>
      <translation>Wählen Sie die Kopie, die zurückgeholt werden soll. Das Tagebuch wird vorher im jetzigen Zustand gesichert; Sie können den Schritt also rückgängig machen, indem Sie diese Kopie wiederherstellen.</translation>
    </message>
    <message>
      <source>Restoring…</source>
      <translation>Wird wiederhergestellt…</translation>
    </message>
    <message>
      <source>Restored</source>
      <translation>Wiederhergestellt</translation>
    </message>
    <message>
      <source>Checking the journal…</source>
      <translation>Das Tagebuch wird geprüft…</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Abgebrochen</translation>
    </message>
    <message>
      <source>Nothing was changed.</source>
      <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
      <source>Nothing to import</source>
      <translation>Nichts zu importieren</translation>
    </message>
    <message>
      <source>The file holds no days to import.</source>
      <translation>Die Datei enthält keine Tage zum Importieren.</translation>
    </message>
    <message>
      <source>{count} other items of the file (experiments, checklists, bookmarks, articles, settings) are in your journal with other content.</source>
      <translation>{count} weitere Einträge der Datei (Experimente, Checklisten, Lesezeichen, Artikel, Einstellungen) stehen mit anderem Inhalt in Ihrem Tagebuch.</translation>
    </message>
    <message>
      <source>Skip those days</source>
      <translation>Diese Tage überspringen</translation>
    </message>
    <message>
      <source>Overwrite them</source>
      <translation>Überschreiben</translation>
    </message>
    <message>
      <source>Keep mine</source>
      <translation>Meine behalten</translation>
    </message>
    <message>
      <source>Take the file's</source>
      <translation>Die der Datei übernehmen</translation>
    </message>
    <message>
      <source>Replace the journal?</source>
      <translation>Tagebuch ersetzen?</translation>
    </message>
    <message>
      <source>The journal was restored from:
{path}</source>
      <translation>Das Tagebuch wurde wiederhergestellt aus:
{path}</translation>
    </message>
    <message>
      <source>Check database</source>
      <translation>Datenbank prüfen</translation>
    </message>
    <message>
      <source>Nothing was imported: the journal is exactly as before. Correct these places in the file and import it again:</source>
      <translation>Es wurde nichts importiert: Das Tagebuch ist genau wie vorher. Korrigieren Sie diese Stellen in der Datei und importieren Sie sie erneut:</translation>
    </message>
    <message>
      <source>Exported</source>
      <translation>Exportiert</translation>
    </message>
    <message>
      <source>Some days in this file are already in your journal: {existing} of {total}, from {first} to {last}. Keep your entries for those days (skip), or replace them with the file's (overwrite)? Nothing is written until you choose.</source>
      <translation>Einige Tage aus dieser Datei sind bereits in Ihrem Tagebuch: {existing} von {total}, vom {first} bis zum {last}. Möchten Sie Ihre Einträge für diese Tage behalten (überspringen) oder durch die aus der Datei ersetzen (überschreiben)? Es wird nichts geschrieben, bevor Sie sich entscheiden.</translation>
    </message>
    <message>
      <source>Other items written (experiments, checklists, bookmarks, articles, settings): {count}.</source>
      <translation>Weitere geschriebene Einträge (Experimente, Checklisten, Lesezeichen, Artikel, Einstellungen): {count}.</translation>
    </message>
    <message>
      <source>Backed up</source>
      <translation>Gesichert</translation>
    </message>
    <message>
      <source>The restored journal keeps this journal's passphrase (Settings).</source>
      <translation>Das wiederhergestellte Tagebuch behält die Passphrase dieses Tagebuchs (Einstellungen).</translation>
    </message>
    <message>
      <source>The restored journal stays without a passphrase, like this one.</source>
      <translation>Das wiederhergestellte Tagebuch bleibt ohne Passphrase, wie dieses.</translation>
    </message>
    <message>
      <source>Nothing was imported</source>
      <translation>Es wurde nichts importiert</translation>
    </message>
    <message>
      <source>…and {count} more (see Details).</source>
      <translation>…und {count} weitere (siehe Details).</translation>
    </message>
    <message>
      <source>Imported from {name}.
New days: {added}. Replaced: {replaced}. Skipped: {skipped}.

A copy of the journal as it was before is in the backups folder.</source>
      <translation>Importiert aus {name}.
Neue Tage: {added}. Ersetzt: {replaced}. Übersprungen: {skipped}.

Eine Kopie des Tagebuchs im vorherigen Zustand liegt im Sicherungsordner.</translation>
    </message>
    <message>
      <source>The journal will be replaced by the copy in:
{path}

The journal as it is now is kept in the backups folder first.</source>
      <translation>Das Tagebuch wird ersetzt durch die Kopie in:
{path}

Das Tagebuch im jetzigen Zustand wird vorher im Sicherungsordner aufbewahrt.</translation>
    </message>
    <message>
      <source>The journal it replaced is kept as:
{path}</source>
      <translation>Das ersetzte Tagebuch wird aufbewahrt als:
{path}</translation>
    </message>
    <message>
      <source>The journal was exported to:
{path}

Days: {count}</source>
      <translation>Das Tagebuch wurde exportiert nach:
{path}

Tage: {count}</translation>
    </message>
    <message>
      <source>A copy of the journal was written to:
{path}</source>
      <translation>Eine Kopie des Tagebuchs wurde gespeichert unter:
{path}</translation>
    </message>
    <message>
      <source>That didn't work</source>
      <translation>Das hat nicht geklappt</translation>
    </message>
    <message>
      <source>The file can't be written or read: {reason}</source>
      <translation>Die Datei kann nicht geschrieben oder gelesen werden: {reason}</translation>
    </message>
    <message>
      <source>Explore a &amp;demo journal…</source>
      <translation>&amp;Demo-Tagebuch erkunden…</translation>
    </message>
    <message>
      <source>Open a generated journal in a second window, in its own folder</source>
      <translation>Ein erzeugtes Tagebuch in einem zweiten Fenster öffnen, in einem eigenen Ordner</translation>
    </message>
    <message>
      <source>Preparing the demo journal…</source>
      <translation>Das Demo-Tagebuch wird vorbereitet…</translation>
    </message>
    <message>
      <source>The demo journal could not be prepared</source>
      <translation>Das Demo-Tagebuch konnte nicht vorbereitet werden</translation>
    </message>
    <message>
      <source>Demo journal</source>
      <translation>Demo-Tagebuch</translation>
    </message>
    <message>
      <source>This window already shows the demo journal.</source>
      <translation>Dieses Fenster zeigt bereits das Demo-Tagebuch.</translation>
    </message>
    <message>
      <source>The demo journal opens in a new window ({folder}).</source>
      <translation>Das Demo-Tagebuch öffnet sich in einem neuen Fenster ({folder}).</translation>
    </message>
    <message>
      <source>gutsleep could not be started on the demo folder {folder}.</source>
      <translation>gutsleep konnte nicht mit dem Demo-Ordner {folder} gestartet werden.</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Beenden</translation>
    </message>
    <message>
      <source>Something went wrong</source>
      <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
      <source>Something went wrong inside gutsleep. Your saved journal is not affected; the details are in the log.</source>
      <translation>In gutsleep ist etwas schiefgegangen. Ihr gespeichertes Tagebuch ist davon nicht betroffen; die Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
      <source>&amp;Copy details</source>
      <translation>Einzelheiten &amp;kopieren</translation>
    </message>
    <message>
      <source>Changes not saved</source>
      <translation>Änderungen nicht gespeichert</translation>
    </message>
    <message>
      <source>&amp;Export unsaved day…</source>
      <translation>Ungespeicherten Tag &amp;exportieren…</translation>
    </message>
    <message>
      <source>&amp;Quit without saving</source>
      <translation>Ohne Speichern &amp;beenden</translation>
    </message>
    <message>
      <source>Open a web page?</source>
      <translation>Webseite öffnen?</translation>
    </message>
    <message>
      <source>Open in browser</source>
      <translation>Im Browser öffnen</translation>
    </message>
    <message>
      <source>JSON: complete, for bringing back into gutsleep</source>
      <translation>JSON: vollständig, zum Wiedereinlesen in gutsleep</translation>
    </message>
    <message>
      <source>CSV: a zip with one table per kind of data, for spreadsheets</source>
      <translation>CSV: eine ZIP-Datei mit einer Tabelle pro Datenart, für Tabellenkalkulationen</translation>
    </message>
    <message>
      <source>&amp;Format:</source>
      <translation>&amp;Format:</translation>
    </message>
    <message>
      <source>Only &amp;some days</source>
      <translation>Nur be&amp;stimmte Tage</translation>
    </message>
    <message>
      <source>Report for a clinician</source>
      <translation>Bericht für Behandelnde</translation>
    </message>
    <message>
      <source>A PDF of the chosen days to show a doctor or therapist: two summary pages with the sleep diary week by week (month by month for long periods), night sweats, bleeding, medicines, gut symptoms, the latest checklist, notable patterns and completed experiments. The data is marked as self-reported.</source>
      <translation>Ein PDF der gewählten Tage für Ärztin, Arzt oder Therapeut: zwei Seiten Zusammenfassung mit dem Schlaftagebuch Woche für Woche (bei langen Zeiträumen Monat für Monat), Nachtschweiß, Blutung, Medikamenten, Darmbeschwerden, der letzten Checkliste, auffälligen Mustern und abgeschlossenen Experimenten. Die Daten sind als selbst erfasst gekennzeichnet.</translation>
    </message>
    <message>
      <source>Add the daily sleep diary as an &amp;appendix</source>
      <translation>Das tägliche Schlaftagebuch als &amp;Anhang anfügen</translation>
    </message>
    <message>
      <source>One row per day after the summary; a long period adds many pages.</source>
      <translation>Eine Zeile pro Tag nach der Zusammenfassung; ein langer Zeitraum ergibt viele Seiten.</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>Sicherungen</translation>
    </message>
    <message>
      <source>Another &amp;file…</source>
      <translation>&amp;Andere Datei…</translation>
    </message>
    <message>
      <source>Restore the newest good backup</source>
      <translation>Neueste intakte Sicherung wiederherstellen</translation>
    </message>
    <message>
      <source>Start a new journal</source>
      <translation>Neues Tagebuch beginnen</translation>
    </message>
    <message>
      <source>&amp;From:</source>
      <translation>&amp;Von:</translation>
    </message>
    <message>
      <source>&amp;To:</source>
      <translation>&amp;Bis:</translation>
    </message>
    <message>
      <source>This link leads outside gutsleep, to:

{url}

Open it in your web browser? gutsleep itself stays offline.</source>
      <translation>Dieser Link führt aus gutsleep hinaus, zu:

{url}

In Ihrem Webbrowser öffnen? gutsleep selbst bleibt offline.</translation>
    </message>
    <message>
      <source>Tier 1 options come first: if sleep is a real problem, CBT for insomnia, hormone therapy, treating sleep apnoea and care for low mood or anxiety have the strongest evidence.</source>
      <translation>Möglichkeiten der Stufe 1 kommen zuerst: Wenn der Schlaf ein echtes Problem ist, haben kognitive Verhaltenstherapie bei Insomnie (KVT-I), Hormontherapie, die Behandlung einer Schlafapnoe und Unterstützung bei gedrückter Stimmung oder Ängsten die stärkste Evidenz.</translation>
    </message>
    <message>
      <source>baseline {first} – {last}</source>
      <translation>Ausgangsphase {first} – {last}</translation>
    </message>
    <message>
      <source>change {first} – {last}</source>
      <translation>Änderungsphase {first} – {last}</translation>
    </message>
    <message>
      <source>washout {first} – {last}</source>
      <translation>Auswaschphase {first} – {last}</translation>
    </message>
    <message>
      <source>Try one change at a time and compare it with your usual days: a baseline phase first, then the change, ideally repeated (ABAB). Keep the journal as usual and answer the daily check-in on the Journal page.</source>
      <translation>Probieren Sie jeweils eine Änderung aus und vergleichen Sie sie mit Ihren gewohnten Tagen: zuerst eine Ausgangsphase, dann die Änderung, idealerweise wiederholt (ABAB). Führen Sie das Tagebuch wie gewohnt und beantworten Sie den täglichen Check-in auf der Seite Tagebuch.</translation>
    </message>
    <message>
      <source>{outcome}, day by day: {recorded} of {days} days so far have a value; baseline days average {baseline}, change days average {change}.</source>
      <translation>{outcome}, Tag für Tag: Bisher haben {recorded} von {days} Tagen einen Wert; Durchschnitt in der Ausgangsphase {baseline}, in der Änderungsphase {change}.</translation>
    </message>
    <message>
      <source>&amp;New experiment…</source>
      <translation>&amp;Neues Experiment…</translation>
    </message>
    <message>
      <source>New experiment</source>
      <translation>Neues Experiment</translation>
    </message>
    <message>
      <source>Experiments</source>
      <translation>Experimente</translation>
    </message>
    <message>
      <source>Running and planned experiments first, then the history</source>
      <translation>Laufende und geplante Experimente zuerst, dann der Verlauf</translation>
    </message>
    <message>
      <source>The chosen experiment</source>
      <translation>Das ausgewählte Experiment</translation>
    </message>
    <message>
      <source>Self-experiments</source>
      <translation>Selbstexperimente</translation>
    </message>
    <message>
      <source>Read more about this change</source>
      <translation>Mehr über diese Änderung lesen</translation>
    </message>
    <message>
      <source>Where the experiment stands</source>
      <translation>Stand des Experiments</translation>
    </message>
    <message>
      <source>&amp;Pause</source>
      <translation>&amp;Pausieren</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>Pausieren</translation>
    </message>
    <message>
      <source>Paused days are left out</source>
      <translation>Pausierte Tage werden nicht gezählt</translation>
    </message>
    <message>
      <source>&amp;Resume</source>
      <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>Fortsetzen</translation>
    </message>
    <message>
      <source>E&amp;xtend with another pair</source>
      <translation>&amp;Um ein Paar verlängern</translation>
    </message>
    <message>
      <source>Extend with another baseline-and-change pair</source>
      <translation>Um ein weiteres Paar aus Ausgangs- und Änderungsphase verlängern</translation>
    </message>
    <message>
      <source>End ea&amp;rly…</source>
      <translation>&amp;Vorzeitig beenden…</translation>
    </message>
    <message>
      <source>End early</source>
      <translation>Vorzeitig beenden</translation>
    </message>
    <message>
      <source>&amp;Delete…</source>
      <translation>&amp;Löschen…</translation>
    </message>
    <message>
      <source>Delete this experiment</source>
      <translation>Dieses Experiment löschen</translation>
    </message>
    <message>
      <source>Experiment messages</source>
      <translation>Meldungen zum Experiment</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Ergebnis</translation>
    </message>
    <message>
      <source>The outcome in each phase</source>
      <translation>Die Zielgröße in jeder Phase</translation>
    </message>
    <message>
      <source>Expor&amp;t PDF…</source>
      <translation>Als PDF e&amp;xportieren…</translation>
    </message>
    <message>
      <source>Export a one-page PDF summary</source>
      <translation>Eine einseitige Zusammenfassung als PDF exportieren</translation>
    </message>
    <message>
      <source>PDF export status</source>
      <translation>Status des PDF-Exports</translation>
    </message>
    <message>
      <source>With a value (n)</source>
      <translation>Mit Wert (n)</translation>
    </message>
    <message>
      <source>Done · not done · not answered</source>
      <translation>Umgesetzt · nicht umgesetzt · nicht beantwortet</translation>
    </message>
    <message>
      <source>Export the summary as PDF</source>
      <translation>Zusammenfassung als PDF exportieren</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
      <source>Writing the PDF…</source>
      <translation>Das PDF wird geschrieben…</translation>
    </message>
    <message>
      <source>The PDF could not be written.</source>
      <translation>Das PDF konnte nicht geschrieben werden.</translation>
    </message>
    <message>
      <source>The PDF could not be written</source>
      <translation>Das PDF konnte nicht geschrieben werden</translation>
    </message>
    <message>
      <source>Running and planned</source>
      <translation>Laufend und geplant</translation>
    </message>
    <message>
      <source>History</source>
      <translation>Verlauf</translation>
    </message>
    <message>
      <source>Start with “New experiment…”; the wizard explains each step.</source>
      <translation>Beginnen Sie mit „Neues Experiment…“; der Assistent erklärt jeden Schritt.</translation>
    </message>
    <message>
      <source>The outcome day by day, coloured by phase</source>
      <translation>Die Zielgröße Tag für Tag, nach Phase eingefärbt</translation>
    </message>
    <message>
      <source>The experiment is complete.</source>
      <translation>Das Experiment ist abgeschlossen.</translation>
    </message>
    <message>
      <source>Baseline (A)</source>
      <translation>Ausgangsphase (A)</translation>
    </message>
    <message>
      <source>Change (B)</source>
      <translation>Änderungsphase (B)</translation>
    </message>
    <message>
      <source>Paused from today. The remaining days move later; resume when you can.</source>
      <translation>Ab heute pausiert. Die verbleibenden Tage verschieben sich nach hinten; setzen Sie fort, sobald Sie können.</translation>
    </message>
    <message>
      <source>Another baseline-and-change pair was added at the end.</source>
      <translation>Am Ende wurde ein weiteres Paar aus Ausgangs- und Änderungsphase angehängt.</translation>
    </message>
    <message>
      <source>End the experiment early?</source>
      <translation>Experiment vorzeitig beenden?</translation>
    </message>
    <message>
      <source>Delete the experiment?</source>
      <translation>Experiment löschen?</translation>
    </message>
    <message>
      <source>Baseline first: live as usual and keep the journal; the change comes next.</source>
      <translation>Zuerst die Ausgangsphase: Leben Sie wie gewohnt und führen Sie das Tagebuch; die Änderung kommt danach.</translation>
    </message>
    <message>
      <source>This experiment was ended early, on {day}: the result covers fewer days than planned, so it is weaker than it would have been.</source>
      <translation>Dieses Experiment wurde am {day} vorzeitig beendet: Das Ergebnis umfasst weniger Tage als geplant und ist daher weniger aussagekräftig, als es sonst gewesen wäre.</translation>
    </message>
    <message>
      <source>Adherence: the change was marked as done on {b_done} of {b_days} change days ({b_no} not done, {b_none} not answered), and on {a_done} of {a_days} baseline days.</source>
      <translation>Umsetzung: Die Änderung wurde an {b_done} von {b_days} Tagen der Änderungsphase als umgesetzt markiert ({b_no} nicht umgesetzt, {b_none} nicht beantwortet) und an {a_done} von {a_days} Tagen der Ausgangsphase.</translation>
    </message>
    <message>
      <source>Other explanations to keep in mind:</source>
      <translation>Andere mögliche Erklärungen:</translation>
    </message>
    <message>
      <source>Saved to {path}</source>
      <translation>Gespeichert unter {path}</translation>
    </message>
    <message>
      <source>Strain {strain}, {cfu} CFU</source>
      <translation>Stamm {strain}, {cfu} KBE</translation>
    </message>
    <message>
      <source>Check-ins in the change phase: done on {done} of {days} days, not done on {not_done}, not answered on {unanswered}.</source>
      <translation>Check-ins in der Änderungsphase: umgesetzt an {done} von {days} Tagen, nicht umgesetzt an {not_done}, nicht beantwortet an {unanswered}.</translation>
    </message>
    <message>
      <source>Result so far, after {pairs} complete baseline-and-change pair(s); the experiment carries on.</source>
      <translation>Bisheriges Ergebnis nach {pairs} vollständigen Paar(en) aus Ausgangs- und Änderungsphase; das Experiment läuft weiter.</translation>
    </message>
    <message>
      <source>End “{title}” now? Today is the last day that counts. The result will say it was ended early; it stays in the history.</source>
      <translation>„{title}“ jetzt beenden? Heute ist der letzte Tag, der zählt. Das Ergebnis wird als vorzeitig beendet gekennzeichnet und bleibt im Verlauf.</translation>
    </message>
    <message>
      <source>Delete “{title}” with its check-ins? The journal itself is not touched. This can't be undone.</source>
      <translation>„{title}“ samt Check-ins löschen? Das Tagebuch selbst bleibt unverändert. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
      <source>Outcome: {outcome} · {design} · {start} to {end}</source>
      <translation>Zielgröße: {outcome} · {design} · {start} bis {end}</translation>
    </message>
    <message>
      <source>Starts on {day}.</source>
      <translation>Beginnt am {day}.</translation>
    </message>
    <message>
      <source>(paused: end not known yet)</source>
      <translation>(pausiert: Ende noch unbekannt)</translation>
    </message>
    <message>
      <source>Which change do you want to try?</source>
      <translation>Welche Änderung möchten Sie ausprobieren?</translation>
    </message>
    <message>
      <source>Pick one change; trying several at once hides which one helped.</source>
      <translation>Wählen Sie eine Änderung; wenn Sie mehrere gleichzeitig ausprobieren, bleibt unklar, welche geholfen hat.</translation>
    </message>
    <message>
      <source>Change to try</source>
      <translation>Auszuprobierende Änderung</translation>
    </message>
    <message>
      <source>The details</source>
      <translation>Die Einzelheiten</translation>
    </message>
    <message>
      <source>Name of the experiment</source>
      <translation>Name des Experiments</translation>
    </message>
    <message>
      <source>What exactly you will do</source>
      <translation>Was genau Sie tun werden</translation>
    </message>
    <message>
      <source>For example: a glass of kefir with breakfast</source>
      <translation>Zum Beispiel: ein Glas Kefir zum Frühstück</translation>
    </message>
    <message>
      <source>&amp;What exactly</source>
      <translation>Was &amp;genau</translation>
    </message>
    <message>
      <source>Probiotic strain</source>
      <translation>Bakterienstamm des Probiotikums</translation>
    </message>
    <message>
      <source>The full strain, e.g. Lactobacillus rhamnosus GG</source>
      <translation>Der vollständige Stamm, z. B. Lactobacillus rhamnosus GG</translation>
    </message>
    <message>
      <source>e.g. Lactobacillus rhamnosus GG</source>
      <translation>z. B. Lactobacillus rhamnosus GG</translation>
    </message>
    <message>
      <source>&amp;Strain</source>
      <translation>S&amp;tamm</translation>
    </message>
    <message>
      <source>CFU count</source>
      <translation>KBE-Zahl</translation>
    </message>
    <message>
      <source>As on the label</source>
      <translation>Wie auf dem Etikett</translation>
    </message>
    <message>
      <source>e.g. 10 billion</source>
      <translation>z. B. 10 Milliarden</translation>
    </message>
    <message>
      <source>&amp;CFU</source>
      <translation>&amp;KBE</translation>
    </message>
    <message>
      <source>Which outcome will you watch?</source>
      <translation>Welche Zielgröße möchten Sie beobachten?</translation>
    </message>
    <message>
      <source>Choose one before you start and stick to it: looking at many outcomes afterwards finds chance patterns. The arrow keys move between them.</source>
      <translation>Wählen Sie eine vor dem Start und bleiben Sie dabei: Wer hinterher viele Zielgrößen betrachtet, findet Zufallsmuster. Mit den Pfeiltasten wechseln Sie zwischen ihnen.</translation>
    </message>
    <message>
      <source>Sleep outcomes come from the sleep diary: each day counts the night after it, so the first night of a phase is the one after its first day. Bloating and discomfort come from the gut section of the day itself.</source>
      <translation>Schlafwerte stammen aus dem Schlaftagebuch: Jeder Tag zählt die Nacht danach, die erste Nacht einer Phase ist also die nach ihrem ersten Tag. Blähungen und Beschwerden stammen aus dem Darmabschnitt desselben Tages.</translation>
    </message>
    <message>
      <source>Smallest change that would matter to you</source>
      <translation>Kleinste Änderung, die Ihnen wichtig wäre</translation>
    </message>
    <message>
      <source>Fixed once the experiment starts</source>
      <translation>Steht fest, sobald das Experiment beginnt</translation>
    </message>
    <message>
      <source>S&amp;mallest change that matters</source>
      <translation>&amp;Kleinste Veränderung, die zählt</translation>
    </message>
    <message>
      <source>Decide it now, before any result: the result will say whether the change was at least this big. It can't be changed quietly once the experiment starts.</source>
      <translation>Legen Sie es jetzt fest, vor jedem Ergebnis: Das Ergebnis sagt, ob die Änderung mindestens so groß war. Sobald das Experiment begonnen hat, lässt es sich nicht mehr stillschweigend ändern.</translation>
    </message>
    <message>
      <source>Baseline, then change (AB)</source>
      <translation>Ausgangsphase, dann Änderung (AB)</translation>
    </message>
    <message>
      <source>Design: baseline then change (AB)</source>
      <translation>Aufbau: Ausgangsphase, dann Änderung (AB)</translation>
    </message>
    <message>
      <source>Baseline and change twice (ABAB), recommended</source>
      <translation>Ausgangsphase und Änderung zweimal (ABAB), empfohlen</translation>
    </message>
    <message>
      <source>Design: baseline and change twice (ABAB)</source>
      <translation>Aufbau: Ausgangsphase und Änderung zweimal (ABAB)</translation>
    </message>
    <message>
      <source>Design</source>
      <translation>Aufbau</translation>
    </message>
    <message>
      <source>Days in each phase</source>
      <translation>Tage pro Phase</translation>
    </message>
    <message>
      <source> days</source>
      <translation> Tage</translation>
    </message>
    <message>
      <source>&amp;Phase length</source>
      <translation>&amp;Phasenlänge</translation>
    </message>
    <message>
      <source>Washout days between phases</source>
      <translation>Auswaschtage zwischen den Phasen</translation>
    </message>
    <message>
      <source>Lived as the coming phase but not compared</source>
      <translation>Wie die kommende Phase gelebt, aber nicht verglichen</translation>
    </message>
    <message>
      <source>&amp;Washout</source>
      <translation>&amp;Auswaschphase</translation>
    </message>
    <message>
      <source>Draw the &amp;order within each pair at random</source>
      <translation>&amp;Reihenfolge innerhalb jedes Paars zufällig ziehen</translation>
    </message>
    <message>
      <source>Draw the order within each pair at random</source>
      <translation>Reihenfolge innerhalb jedes Paars zufällig ziehen</translation>
    </message>
    <message>
      <source>Only with two or more pairs (ABAB)</source>
      <translation>Nur mit zwei oder mehr Paaren (ABAB)</translation>
    </message>
    <message>
      <source>First day of the experiment</source>
      <translation>Erster Tag des Experiments</translation>
    </message>
    <message>
      <source>&amp;Start</source>
      <translation>&amp;Beginn</translation>
    </message>
    <message>
      <source>Start on a regimen change</source>
      <translation>Bei einer Änderung eines Einnahmeplans beginnen</translation>
    </message>
    <message>
      <source>Sets the start to the day a medicine or hormone therapy was started or changed</source>
      <translation>Setzt den Beginn auf den Tag, an dem ein Medikament oder eine Hormontherapie begonnen oder geändert wurde</translation>
    </message>
    <message>
      <source>Start on a &amp;regimen change</source>
      <translation>Bei einer Änderung eines &amp;Einnahmeplans beginnen</translation>
    </message>
    <message>
      <source>Choose a change…</source>
      <translation>Änderung wählen…</translation>
    </message>
    <message>
      <source>Ready to start</source>
      <translation>Bereit zum Start</translation>
    </message>
    <message>
      <source>Check the plan; Finish saves it.</source>
      <translation>Prüfen Sie den Plan; „Abschließen“ speichert ihn.</translation>
    </message>
    <message>
      <source>Keep the journal every day and answer the check-in on the Journal page: during baseline, live as usual; during the change, do it every day.</source>
      <translation>Führen Sie jeden Tag das Tagebuch und beantworten Sie den Check-in auf der Seite Tagebuch: In der Ausgangsphase leben Sie wie gewohnt; in der Änderungsphase setzen Sie die Änderung jeden Tag um.</translation>
    </message>
    <message>
      <source>Na&amp;me</source>
      <translation>Na&amp;me</translation>
    </message>
    <message>
      <source>Describe the change you will make every day</source>
      <translation>Beschreiben Sie die Änderung, die Sie jeden Tag vornehmen werden</translation>
    </message>
    <message>
      <source>Optional: for example a glass of kefir with breakfast</source>
      <translation>Optional: zum Beispiel ein Glas Kefir zum Frühstück</translation>
    </message>
    <message>
      <source>Describe your own change; keep it the same every day.</source>
      <translation>Beschreiben Sie Ihre eigene Änderung; halten Sie sie jeden Tag gleich.</translation>
    </message>
    <message>
      <source>Name the experiment; add what exactly you will do if you like.</source>
      <translation>Geben Sie dem Experiment einen Namen; ergänzen Sie auf Wunsch, was genau Sie tun werden.</translation>
    </message>
    <message>
      <source>lower is better</source>
      <translation>niedriger ist besser</translation>
    </message>
    <message>
      <source>higher is better</source>
      <translation>höher ist besser</translation>
    </message>
    <message>
      <source>Each phase lasts at least {min} days. Repeating baseline and change (ABAB) makes chance a weaker explanation.</source>
      <translation>Jede Phase dauert mindestens {min} Tage. Wenn Sie Ausgangs- und Änderungsphase wiederholen (ABAB), wird Zufall als Erklärung unwahrscheinlicher.</translation>
    </message>
    <message>
      <source>{calendar} The last day is {end} ({days} days).</source>
      <translation>{calendar} Der letzte Tag ist der {end} ({days} Tage).</translation>
    </message>
    <message>
      <source>Name: {title}</source>
      <translation>Name: {title}</translation>
    </message>
    <message>
      <source>Outcome: {outcome}</source>
      <translation>Zielgröße: {outcome}</translation>
    </message>
    <message>
      <source>{day}: {change}</source>
      <translation>{day}: {change}</translation>
    </message>
    <message>
      <source>Another experiment runs at the same time ({titles}). Two changes at once make both results harder to read.</source>
      <translation>Gleichzeitig läuft ein anderes Experiment ({titles}). Zwei Änderungen auf einmal machen beide Ergebnisse schwerer zu deuten.</translation>
    </message>
    <message>
      <source>Change: {change}</source>
      <translation>Änderung: {change}</translation>
    </message>
    <message>
      <source>Welcome to gutsleep</source>
      <translation>Willkommen bei gutsleep</translation>
    </message>
    <message>
      <source>Take the short &amp;checklist</source>
      <translation>Die kurze &amp;Checkliste ausfüllen</translation>
    </message>
    <message>
      <source>About five minutes: is your gut worth a look for your sleep?</source>
      <translation>Etwa fünf Minuten: Lohnt sich für Ihren Schlaf ein Blick auf den Darm?</translation>
    </message>
    <message>
      <source>Explore a &amp;demo journal</source>
      <translation>&amp;Demo-Tagebuch erkunden</translation>
    </message>
    <message>
      <source>Opens made-up data in a second window; your own journal stays empty</source>
      <translation>Öffnet erfundene Daten in einem zweiten Fenster; Ihr eigenes Tagebuch bleibt leer</translation>
    </message>
    <message>
      <source>&amp;Start my journal</source>
      <translation>&amp;Mein Tagebuch beginnen</translation>
    </message>
    <message>
      <source>Go straight to today's entry</source>
      <translation>Direkt zum heutigen Eintrag</translation>
    </message>
    <message>
      <source>Your journal is kept on this computer only, in this folder:
{folder}

There is no account to make and nothing is sent over the network. You can export everything at any time from the File menu.</source>
      <translation>Ihr Tagebuch wird nur auf diesem Computer gespeichert, in diesem Ordner:
{folder}

Sie brauchen kein Konto, und nichts wird über das Netzwerk gesendet. Über das Menü „Datei“ können Sie jederzeit alles exportieren.</translation>
    </message>
    <message>
      <source>Import from another app</source>
      <translation>Aus anderer App importieren</translation>
    </message>
    <message>
      <source>Exports of other apps (*.zip *.csv *.json *.xml);;All files (*)</source>
      <translation>Exporte anderer Apps (*.zip *.csv *.json *.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
      <source>A copy of the journal as it was before is in the backups folder.</source>
      <translation>Eine Kopie des Journals im vorherigen Zustand liegt im Sicherungsordner.</translation>
    </message>
    <message>
      <source>The device's nights are kept beside your diary and shown with it in Trends; they never change a night you wrote.</source>
      <translation>Die Nächte des Geräts werden neben Ihrem Tagebuch aufbewahrt und in den Verläufen mit ihm gezeigt; eine Nacht, die Sie eingetragen haben, ändern sie nie.</translation>
    </message>
    <message>
      <source>What the file adds</source>
      <translation>Was die Datei hinzufügt</translation>
    </message>
    <message>
      <source>Also fill my diary's empty nights from these</source>
      <translation>Auch leere Nächte meines Tagebuchs damit füllen</translation>
    </message>
    <message>
      <source>Writes the device's times into diary nights you have not filled in, with a comment naming the app; nights you wrote are never changed.</source>
      <translation>Schreibt die Zeiten des Geräts in Tagebuchnächte, die Sie nicht ausgefüllt haben, mit einem Kommentar, der die App nennt; Nächte, die Sie eingetragen haben, bleiben unverändert.</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Importieren</translation>
    </message>
    <message>
      <source>Your mood words on the journal's 0–10 scale</source>
      <translation>Ihre Stimmungswörter auf der Skala 0–10 des Journals</translation>
    </message>
    <message>
      <source>Everything in this file is in your journal already.</source>
      <translation>Alles aus dieser Datei ist bereits in Ihrem Journal.</translation>
    </message>
    <message>
      <source>Imported from {app}.</source>
      <translation>Aus {app} importiert.</translation>
    </message>
    <message>
      <source>This is an export of {app}.</source>
      <translation>Dies ist ein Export von {app}.</translation>
    </message>
    <message>
      <source>New nights: {count}, from {first} to {last}.</source>
      <translation>Neue Nächte: {count}, vom {first} bis {last}.</translation>
    </message>
    <message>
      <source>not imported</source>
      <translation>nicht importiert</translation>
    </message>
    <message>
      <source>0 very low, 10 very good; lowest: not imported</source>
      <translation>0 sehr schlecht, 10 sehr gut; ganz unten: nicht importiert</translation>
    </message>
    <message>
      <source>Already in your journal: {count} nights.</source>
      <translation>Bereits in Ihrem Journal: {count} Nächte.</translation>
    </message>
    <message>
      <source>Into your diary where it is empty: {what} on {count} days.</source>
      <translation>In Ihr Tagebuch, wo es leer ist: {what} an {count} Tagen.</translation>
    </message>
    <message>
      <source>Not imported: the file's values on {count} days where your diary has its own (yours are kept).</source>
      <translation>Nicht importiert: die Werte der Datei an {count} Tagen, an denen Ihr Tagebuch eigene hat (Ihre bleiben erhalten).</translation>
    </message>
    <message>
      <source>Not imported: {what} ({count}).</source>
      <translation>Nicht importiert: {what} ({count}).</translation>
    </message>
    <message>
      <source>Import from {app}</source>
      <translation>Aus {app} importieren</translation>
    </message>
    <message>
      <source>Also &amp;fill my diary's empty nights from these ({count})</source>
      <translation>Auch leere Nächte meines Tagebuchs damit &amp;füllen ({count})</translation>
    </message>
    <message>
      <source>{name} is not a file gutsleep can read. It reads exports of Apple Health (export.zip or export.xml), Sleep as Android (sleep-export.zip), Plees Tracker (CSV), Fitbit (the Sleep CSV, or sleep files in a Google Takeout zip), Garmin Connect (the data export zip) and Daylio (CSV).</source>
      <translation>{name} ist keine Datei, die gutsleep lesen kann. gutsleep liest Exporte von Apple Health (export.zip oder export.xml), Sleep as Android (sleep-export.zip), Plees Tracker (CSV), Fitbit (die Schlaf-CSV oder Schlafdateien in einer ZIP-Datei von Google Takeout), Garmin Connect (die ZIP-Datei des Datenexports) und Daylio (CSV).</translation>
    </message>
    <message>
      <source>New nights: {count}.</source>
      <translation>Neue Nächte: {count}.</translation>
    </message>
    <message>
      <source>Filled {count} empty diary nights from them.</source>
      <translation>{count} leere Tagebuchnächte damit gefüllt.</translation>
    </message>
    <message>
      <source>Added symptoms or bleeding on {count} days.</source>
      <translation>Beschwerden oder Blutungen an {count} Tagen ergänzt.</translation>
    </message>
    <message>
      <source>{count} of them are naps.</source>
      <translation>{count} davon sind Nickerchen.</translation>
    </message>
    <message>
      <source>Mood “{word}”</source>
      <translation>Stimmung „{word}“</translation>
    </message>
    <message>
      <source>Sleep — the night that ended this morning</source>
      <translation>Schlaf – die Nacht, die an diesem Morgen endete</translation>
    </message>
    <message>
      <source>Sleep figures from the diary</source>
      <translation>Schlafwerte aus dem Tagebuch</translation>
    </message>
    <message>
      <source>Sleep window</source>
      <translation>Schlaffenster</translation>
    </message>
    <message>
      <source>Hot flushes — today and the night that ended this morning</source>
      <translation>Hitzewallungen – heute und in der Nacht, die heute Morgen endete</translation>
    </message>
    <message>
      <source>Symptoms — 0 none, 1 mild, 2 moderate, 3 severe</source>
      <translation>Beschwerden — 0 keine, 1 leicht, 2 mäßig, 3 stark</translation>
    </message>
    <message>
      <source>&amp;Choose symptoms…</source>
      <translation>Beschwerden &amp;auswählen…</translation>
    </message>
    <message>
      <source>Choose symptoms</source>
      <translation>Beschwerden auswählen</translation>
    </message>
    <message>
      <source>Show or hide the list of symptoms to tick; a rating already kept stays shown</source>
      <translation>Die Liste der Beschwerden zum Ankreuzen zeigen oder verbergen; eine bereits eingetragene Bewertung bleibt sichtbar</translation>
    </message>
    <message>
      <source>Symptoms shown in the journal:</source>
      <translation>Im Journal angezeigte Beschwerden:</translation>
    </message>
    <message>
      <source>Symptoms shown</source>
      <translation>Angezeigte Beschwerden</translation>
    </message>
    <message>
      <source>Tick the symptoms to show in the journal; Space ticks the current one</source>
      <translation>Kreuzen Sie die Beschwerden an, die im Journal erscheinen sollen; die Leertaste kreuzt die aktuelle an</translation>
    </message>
    <message>
      <source>Food</source>
      <translation>Ernährung</translation>
    </message>
    <message>
      <source>Gut</source>
      <translation>Darm</translation>
    </message>
    <message>
      <source>Stress, mood and exercise</source>
      <translation>Stress, Stimmung und Bewegung</translation>
    </message>
    <message>
      <source>What you did for stress</source>
      <translation>Was Sie gegen Stress getan haben</translation>
    </message>
    <message>
      <source>Copy supplements from the last logged day</source>
      <translation>Nahrungsergänzung vom letzten eingetragenen Tag übernehmen</translation>
    </message>
    <message>
      <source>Medicines and hormone therapy…</source>
      <translation>Medikamente und Hormontherapie…</translation>
    </message>
    <message>
      <source>Add a regimen with its start, dose changes and stop, ticked here each day.</source>
      <translation>Legen Sie einen Einnahmeplan mit Beginn, Dosisänderungen und Ende an; hier haken Sie ihn dann täglich ab.</translation>
    </message>
    <message>
      <source>Cycle and notes</source>
      <translation>Zyklus und Notizen</translation>
    </message>
    <message>
      <source>One more: {field}</source>
      <translation>Eine mehr: {field}</translation>
    </message>
    <message>
      <source>Hot-flush score: {score} (mild 1 … very severe 4 points each)</source>
      <translation>Hitzewallungs-Score: {score} (leicht 1 … sehr stark 4 Punkte je Wallung)</translation>
    </message>
    <message>
      <source>Symptoms not shown: {n} (Choose symptoms… to show them)</source>
      <translation>Nicht angezeigte Beschwerden: {n} (mit „Beschwerden auswählen…“ einblenden)</translation>
    </message>
    <message>
      <source>Meals and foods</source>
      <translation>Mahlzeiten und Lebensmittel</translation>
    </message>
    <message>
      <source>Plants eaten today</source>
      <translation>Heute gegessene Pflanzen</translation>
    </message>
    <message>
      <source>Personal trigger foods</source>
      <translation>Persönliche Trigger-Lebensmittel</translation>
    </message>
    <message>
      <source>Stress practices</source>
      <translation>Übungen gegen Stress</translation>
    </message>
    <message>
      <source>separate hard lumps</source>
      <translation>einzelne harte Kügelchen</translation>
    </message>
    <message>
      <source>lumpy sausage</source>
      <translation>klumpige Wurst</translation>
    </message>
    <message>
      <source>cracked sausage</source>
      <translation>Wurst mit rissiger Oberfläche</translation>
    </message>
    <message>
      <source>smooth soft sausage</source>
      <translation>glatte, weiche Wurst</translation>
    </message>
    <message>
      <source>soft blobs</source>
      <translation>weiche Klümpchen</translation>
    </message>
    <message>
      <source>mushy pieces</source>
      <translation>breiige Stücke</translation>
    </message>
    <message>
      <source>entirely liquid</source>
      <translation>ganz flüssig</translation>
    </message>
    <message>
      <source>Food or meal</source>
      <translation>Lebensmittel oder Mahlzeit</translation>
    </message>
    <message>
      <source>Tags, comma-separated</source>
      <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
      <source>Plant (vegetable, fruit, grain, legume, nut, seed, herb, spice)</source>
      <translation>Pflanze (Gemüse, Obst, Getreide, Hülsenfrucht, Nuss, Samen, Kraut, Gewürz)</translation>
    </message>
    <message>
      <source>Trigger food eaten (e.g. dairy, gluten)</source>
      <translation>Gegessenes Trigger-Lebensmittel (z. B. Milchprodukte, Gluten)</translation>
    </message>
    <message>
      <source>Bristol type</source>
      <translation>Bristol-Typ</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Uhrzeit</translation>
    </message>
    <message>
      <source>Practice (walk, breathing, yoga…)</source>
      <translation>Übung (Spaziergang, Atmung, Yoga…)</translation>
    </message>
    <message>
      <source>supplement</source>
      <translation>Nahrungsergänzung</translation>
    </message>
    <message>
      <source>probiotic</source>
      <translation>Probiotikum</translation>
    </message>
    <message>
      <source>medicine</source>
      <translation>Medikament</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <source>CFU</source>
      <translation>KBE</translation>
    </message>
    <message>
      <source>The journal file was removed or replaced while gutsleep was open; your last changes are kept in the form — export them or restart.</source>
      <translation>Die Tagebuchdatei wurde entfernt oder ersetzt, während gutsleep geöffnet war; Ihre letzten Änderungen bleiben im Formular — exportieren Sie sie oder starten Sie neu.</translation>
    </message>
    <message>
      <source>Save problem</source>
      <translation>Problem beim Speichern</translation>
    </message>
    <message>
      <source>The day's entry</source>
      <translation>Der Eintrag des Tages</translation>
    </message>
    <message>
      <source>Previous day</source>
      <translation>Vorheriger Tag</translation>
    </message>
    <message>
      <source>Alt+Left</source>
      <translation>Alt+Links</translation>
    </message>
    <message>
      <source>Day shown</source>
      <translation>Angezeigter Tag</translation>
    </message>
    <message>
      <source>Days with an entry are bold</source>
      <translation>Tage mit Eintrag sind fett</translation>
    </message>
    <message>
      <source>Next day</source>
      <translation>Nächster Tag</translation>
    </message>
    <message>
      <source>Alt+Right</source>
      <translation>Alt+Rechts</translation>
    </message>
    <message>
      <source>Go to today</source>
      <translation>Zu heute springen</translation>
    </message>
    <message>
      <source>Ctrl+T</source>
      <translation>Strg+T</translation>
    </message>
    <message>
      <source>Saved or not</source>
      <translation>Speicherstatus</translation>
    </message>
    <message>
      <source>The journal can't be changed</source>
      <translation>Das Tagebuch kann nicht geändert werden</translation>
    </message>
    <message>
      <source>Editing…</source>
      <translation>Wird bearbeitet…</translation>
    </message>
    <message>
      <source>Not saved yet</source>
      <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
      <source>Leave this day?</source>
      <translation>Diesen Tag verlassen?</translation>
    </message>
    <message>
      <source>Undone.</source>
      <translation>Rückgängig gemacht.</translation>
    </message>
    <message>
      <source>Redone.</source>
      <translation>Wiederhergestellt.</translation>
    </message>
    <message>
      <source>Not saved: {reason}.</source>
      <translation>Nicht gespeichert: {reason}.</translation>
    </message>
    <message>
      <source>Sleep figures appear once the times fit together.</source>
      <translation>Schlafwerte erscheinen, sobald die Uhrzeiten zusammenpassen.</translation>
    </message>
    <message>
      <source>Total sleep</source>
      <translation>Gesamtschlaf</translation>
    </message>
    <message>
      <source>Falling asleep</source>
      <translation>Einschlafen</translation>
    </message>
    <message>
      <source>Awake in the night</source>
      <translation>Nachts wach</translation>
    </message>
    <message>
      <source>This day has an entry.</source>
      <translation>Für diesen Tag gibt es einen Eintrag.</translation>
    </message>
    <message>
      <source>Nothing logged for this day yet.</source>
      <translation>Für diesen Tag ist noch nichts eingetragen.</translation>
    </message>
    <message>
      <source>No earlier day lists supplements or medicines.</source>
      <translation>Kein früherer Tag enthält Nahrungsergänzung oder Medikamente.</translation>
    </message>
    <message>
      <source>Could not save: {reason}</source>
      <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
      <source>Your changes are kept in the form; gutsleep keeps trying to save them.</source>
      <translation>Ihre Änderungen bleiben im Formular; gutsleep versucht weiter, sie zu speichern.</translation>
    </message>
    <message>
      <source>What is typed here can't be read, so it is not saved: {values}. Leave the day anyway? Choose No to correct it.</source>
      <translation>Was hier eingegeben ist, kann nicht gelesen werden und wird daher nicht gespeichert: {values}. Den Tag trotzdem verlassen? Wählen Sie Nein, um es zu korrigieren.</translation>
    </message>
    <message>
      <source>(needs minutes to fall asleep)</source>
      <translation>(braucht die Minuten bis zum Einschlafen)</translation>
    </message>
    <message>
      <source>{today} different plants today, {week} so far this week (30 a week is a common goal).</source>
      <translation>{today} verschiedene Pflanzen heute, {week} bisher in dieser Woche (30 pro Woche sind ein verbreitetes Ziel).</translation>
    </message>
    <message>
      <source>Copied {n} from {day}.</source>
      <translation>{n} vom {day} übernommen.</translation>
    </message>
    <message>
      <source>Your regimens could not be read. Details are in the log.</source>
      <translation>Ihre Einnahmepläne konnten nicht gelesen werden. Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
      <source>Saved {time}</source>
      <translation>Gespeichert {time}</translation>
    </message>
    <message>
      <source>Saved {time}, except the marked fields</source>
      <translation>Gespeichert {time}, außer den markierten Feldern</translation>
    </message>
    <message>
      <source>Saved at {time}.</source>
      <translation>Gespeichert um {time}.</translation>
    </message>
    <message>
      <source>Saved at {time}, except the marked fields: their last valid values are kept.</source>
      <translation>Gespeichert um {time}, außer den markierten Feldern: Für sie bleiben die letzten gültigen Werte erhalten.</translation>
    </message>
    <message>
      <source>(needs minutes awake in the night)</source>
      <translation>(braucht die Minuten wach in der Nacht)</translation>
    </message>
    <message>
      <source>Sleep window tonight: {window}</source>
      <translation>Schlaffenster heute Nacht: {window}</translation>
    </message>
    <message>
      <source>{head}: starts on {day}</source>
      <translation>{head}: beginnt am {day}</translation>
    </message>
    <message>
      <source>Taken today from your regimens:</source>
      <translation>Heute eingenommen aus Ihren Einnahmeplänen:</translation>
    </message>
    <message>
      <source>Medicines and hormone therapy</source>
      <translation>Medikamente und Hormontherapie</translation>
    </message>
    <message>
      <source>A regimen is a medicine, hormone therapy or supplement with its start, dose changes and stop. Each change is marked on the Trends charts and listed in the report; the Journal offers it as a tick for each day it is taken.</source>
      <translation>Ein Einnahmeplan ist ein Medikament, eine Hormontherapie oder ein Nahrungsergänzungsmittel mit Beginn, Dosisänderungen und Ende. Jede Änderung wird in den Diagrammen unter Verläufe markiert und im Bericht aufgeführt; im Tagebuch können Sie die Einnahme an jedem Tag mit einem Häkchen eintragen.</translation>
    </message>
    <message>
      <source>&amp;Your regimens:</source>
      <translation>&amp;Ihre Einnahmepläne:</translation>
    </message>
    <message>
      <source>Your regimens</source>
      <translation>Ihre Einnahmepläne</translation>
    </message>
    <message>
      <source>Choose one to change its dose, stop or delete it.</source>
      <translation>Wählen Sie einen aus, um die Dosis zu ändern, ihn abzusetzen oder zu löschen.</translation>
    </message>
    <message>
      <source>Change the chosen regimen</source>
      <translation>Gewählten Einnahmeplan ändern</translation>
    </message>
    <message>
      <source>Day of the change</source>
      <translation>Tag der Änderung</translation>
    </message>
    <message>
      <source>The first day with the new dose, or the first day without it after a stop.</source>
      <translation>Der erste Tag mit der neuen Dosis oder, beim Absetzen, der erste Tag ohne.</translation>
    </message>
    <message>
      <source>such as 2 pumps or 200 mg</source>
      <translation>etwa 2 Hübe oder 200 mg</translation>
    </message>
    <message>
      <source>New dose</source>
      <translation>Neue Dosis</translation>
    </message>
    <message>
      <source>Needed for a dose change or a restart.</source>
      <translation>Nötig für eine Dosisänderung oder einen Neubeginn.</translation>
    </message>
    <message>
      <source>&amp;Day of the change:</source>
      <translation>&amp;Tag der Änderung:</translation>
    </message>
    <message>
      <source>New d&amp;ose:</source>
      <translation>Neue &amp;Dosis:</translation>
    </message>
    <message>
      <source>&amp;Change dose</source>
      <translation>Dosis ä&amp;ndern</translation>
    </message>
    <message>
      <source>Change dose from that day</source>
      <translation>Dosis ab diesem Tag ändern</translation>
    </message>
    <message>
      <source>S&amp;top from that day</source>
      <translation>Ab diesem Tag abs&amp;etzen</translation>
    </message>
    <message>
      <source>Stop from that day</source>
      <translation>Ab diesem Tag absetzen</translation>
    </message>
    <message>
      <source>&amp;Restart</source>
      <translation>&amp;Wieder beginnen</translation>
    </message>
    <message>
      <source>Restart on that day</source>
      <translation>An diesem Tag wieder beginnen</translation>
    </message>
    <message>
      <source>Remove that day's change</source>
      <translation>Änderung dieses Tages entfernen</translation>
    </message>
    <message>
      <source>Remove the change on that day</source>
      <translation>Die Änderung an diesem Tag entfernen</translation>
    </message>
    <message>
      <source>For a change entered by mistake.</source>
      <translation>Für eine versehentlich eingetragene Änderung.</translation>
    </message>
    <message>
      <source>Delete regimen…</source>
      <translation>Einnahmeplan löschen…</translation>
    </message>
    <message>
      <source>Delete the chosen regimen</source>
      <translation>Gewählten Einnahmeplan löschen</translation>
    </message>
    <message>
      <source>Asks first. The days' supplements and medicines stay as they are.</source>
      <translation>Fragt zuerst nach. Die Einträge der Tage bei Nahrungsergänzungsmitteln und Medikamenten bleiben, wie sie sind.</translation>
    </message>
    <message>
      <source>Add a regimen</source>
      <translation>Einnahmeplan hinzufügen</translation>
    </message>
    <message>
      <source>such as Estradiol gel</source>
      <translation>etwa Estradiol-Gel</translation>
    </message>
    <message>
      <source>Name of the medicine or supplement</source>
      <translation>Name des Medikaments oder Nahrungsergänzungsmittels</translation>
    </message>
    <message>
      <source>optional, such as on the skin or by mouth</source>
      <translation>freiwillig, etwa auf die Haut oder zum Einnehmen</translation>
    </message>
    <message>
      <source>Route (optional)</source>
      <translation>Verabreichung (freiwillig)</translation>
    </message>
    <message>
      <source>Start day</source>
      <translation>Beginn</translation>
    </message>
    <message>
      <source>such as 1 pump or 100 mg</source>
      <translation>etwa 1 Hub oder 100 mg</translation>
    </message>
    <message>
      <source>Dose at the start</source>
      <translation>Dosis zu Beginn</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>Na&amp;me:</translation>
    </message>
    <message>
      <source>&amp;Kind:</source>
      <translation>&amp;Art:</translation>
    </message>
    <message>
      <source>Ro&amp;ute:</source>
      <translation>Verab&amp;reichung:</translation>
    </message>
    <message>
      <source>&amp;Start day:</source>
      <translation>&amp;Beginn:</translation>
    </message>
    <message>
      <source>Dose at the st&amp;art:</source>
      <translation>Dosis zu Be&amp;ginn:</translation>
    </message>
    <message>
      <source>Add re&amp;gimen</source>
      <translation>Einnahmeplan &amp;hinzufügen</translation>
    </message>
    <message>
      <source>Add regimen</source>
      <translation>Einnahmeplan hinzufügen</translation>
    </message>
    <message>
      <source>{name}: the dose from {day} is {dose}.</source>
      <translation>{name}: Die Dosis ab {day} ist {dose}.</translation>
    </message>
    <message>
      <source>{name} ({kind}, {route})</source>
      <translation>{name} ({kind}, {route})</translation>
    </message>
    <message>
      <source>{name} ({kind})</source>
      <translation>{name} ({kind})</translation>
    </message>
    <message>
      <source>{head}: {dose} now</source>
      <translation>{head}: jetzt {dose}</translation>
    </message>
    <message>
      <source>{head}: stopped on {day}</source>
      <translation>{head}: abgesetzt am {day}</translation>
    </message>
    <message>
      <source>Adds it to the day's supplements and medicines; untick to remove it.</source>
      <translation>Trägt ihn bei den Nahrungsergänzungsmitteln und Medikamenten des Tages ein; ohne Häkchen wird er wieder entfernt.</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <source>No regimen yet.</source>
      <translation>Noch kein Einnahmeplan.</translation>
    </message>
    <message>
      <source>{name}: stopped from {day}.</source>
      <translation>{name}: ab {day} abgesetzt.</translation>
    </message>
    <message>
      <source>{name}: restarted on {day} with {dose}.</source>
      <translation>{name}: am {day} mit {dose} wieder begonnen.</translation>
    </message>
    <message>
      <source>Delete regimen</source>
      <translation>Einnahmeplan löschen</translation>
    </message>
    <message>
      <source>{name}, {dose}</source>
      <translation>{name}, {dose}</translation>
    </message>
    <message>
      <source>The regimens could not be read. Details are in the log.</source>
      <translation>Die Einnahmepläne konnten nicht gelesen werden. Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
      <source>The change could not be saved. Details are in the log; please try again.</source>
      <translation>Die Änderung konnte nicht gespeichert werden. Einzelheiten stehen im Protokoll; bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
      <source>{name} was added.</source>
      <translation>{name} wurde hinzugefügt.</translation>
    </message>
    <message>
      <source>{name}: the change on {day} was removed.</source>
      <translation>{name}: Die Änderung am {day} wurde entfernt.</translation>
    </message>
    <message>
      <source>{name} was deleted.</source>
      <translation>{name} wurde gelöscht.</translation>
    </message>
    <message>
      <source>{day}: started, {dose}</source>
      <translation>{day}: begonnen, {dose}</translation>
    </message>
    <message>
      <source>Taken today: {name}</source>
      <translation>Heute eingenommen: {name}</translation>
    </message>
    <message>
      <source>History of {name}</source>
      <translation>Verlauf von {name}</translation>
    </message>
    <message>
      <source>{name} has no change on {day}.</source>
      <translation>{name} hat am {day} keine Änderung.</translation>
    </message>
    <message>
      <source>Delete {name} and its history of changes? The days' supplements and medicines keep what they list.</source>
      <translation>{name} mit allen Änderungen löschen? Die Einträge der Tage bei Nahrungsergänzungsmitteln und Medikamenten bleiben erhalten.</translation>
    </message>
    <message>
      <source>{day}: dose changed to {dose}</source>
      <translation>{day}: Dosis geändert auf {dose}</translation>
    </message>
    <message>
      <source>{day}: stopped</source>
      <translation>{day}: abgesetzt</translation>
    </message>
    <message>
      <source>Type a word to find the days that mention it.</source>
      <translation>Geben Sie ein Wort ein, um die Tage zu finden, die es erwähnen.</translation>
    </message>
    <message>
      <source>&amp;Search the journal:</source>
      <translation>Tagebuch durch&amp;suchen:</translation>
    </message>
    <message>
      <source>A word from a note, a food, a plant, a supplement…</source>
      <translation>Ein Wort aus einer Notiz, einem Lebensmittel, einer Pflanze, einem Präparat…</translation>
    </message>
    <message>
      <source>Search the journal</source>
      <translation>Tagebuch durchsuchen</translation>
    </message>
    <message>
      <source>Searches every day's notes, comments, foods, plants, trigger foods, practices and supplements. Down: the results; Enter: open the newest day found; Esc closes</source>
      <translation>Durchsucht Notizen, Kommentare, Lebensmittel, Pflanzen, auslösende Lebensmittel, Übungen und Präparate aller Tage. Pfeil nach unten: zu den Ergebnissen; Eingabe: den neuesten gefundenen Tag öffnen; Esc schließt</translation>
    </message>
    <message>
      <source>Close the search (Esc)</source>
      <translation>Suche schließen (Esc)</translation>
    </message>
    <message>
      <source>Search status</source>
      <translation>Suchstatus</translation>
    </message>
    <message>
      <source>Days found</source>
      <translation>Gefundene Tage</translation>
    </message>
    <message>
      <source>Enter or a double-click opens the day; Esc closes the search</source>
      <translation>Eingabe oder Doppelklick öffnet den Tag; Esc schließt die Suche</translation>
    </message>
    <message>
      <source>Searching…</source>
      <translation>Suche läuft…</translation>
    </message>
    <message>
      <source>{n} day(s) found for “{text}”, newest first. Enter opens a day.</source>
      <translation>{n} Tag(e) mit „{text}“ gefunden, neueste zuerst. Eingabe öffnet einen Tag.</translation>
    </message>
    <message>
      <source>There are more, older ones: type another word to narrow the search.</source>
      <translation>Es gibt weitere, ältere Treffer: Geben Sie ein weiteres Wort ein, um die Suche einzugrenzen.</translation>
    </message>
    <message>
      <source>The search could not run: {reason}. Your journal is not affected.</source>
      <translation>Die Suche konnte nicht ausgeführt werden: {reason}. Ihr Tagebuch ist nicht betroffen.</translation>
    </message>
    <message>
      <source>No day mentions “{text}”.</source>
      <translation>Kein Tag erwähnt „{text}“.</translation>
    </message>
    <message>
      <source>hh:mm</source>
      <translation>hh:mm</translation>
    </message>
    <message>
      <source>{low}–{high}</source>
      <translation>{low}–{high}</translation>
    </message>
    <message>
      <source>Your trackers</source>
      <translation>Ihre Tracker</translation>
    </message>
    <message>
      <source>Add what matters to you, such as time outdoors or screen time after 9 pm.</source>
      <translation>Fügen Sie hinzu, was Ihnen wichtig ist, etwa Zeit im Freien oder Bildschirmzeit nach 21 Uhr.</translation>
    </message>
    <message>
      <source>Trackers of your own…</source>
      <translation>Eigene Tracker…</translation>
    </message>
    <message>
      <source>Add, rename or delete trackers of your own</source>
      <translation>Eigene Tracker hinzufügen, umbenennen oder löschen</translation>
    </message>
    <message>
      <source>Use a whole number, or leave it empty.</source>
      <translation>Geben Sie eine ganze Zahl ein oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
      <source>Use a number such as 71.5, or leave it empty.</source>
      <translation>Verwenden Sie eine Zahl wie 71,5 oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
      <source>{kind}; {hint}</source>
      <translation>{kind}; {hint}</translation>
    </message>
    <message>
      <source>Your trackers can't be read just now: {reason}.</source>
      <translation>Ihre Tracker können gerade nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
      <source>{name} (minutes)</source>
      <translation>{name} (Minuten)</translation>
    </message>
    <message>
      <source>Each tracker gets a field on the Journal, a series in Trends and the insights, a table in the report, and travels with your exports and backups. A day left empty stays empty: it is never a zero.</source>
      <translation>Jeder Tracker erhält ein Feld im Tagebuch, eine Reihe unter Trends und in den Zusammenhängen, eine Tabelle im Bericht und ist in Ihren Exporten und Sicherungen enthalten. Ein leer gelassener Tag bleibt leer: Er ist niemals eine Null.</translation>
    </message>
    <message>
      <source>&amp;Your trackers</source>
      <translation>&amp;Ihre Tracker</translation>
    </message>
    <message>
      <source>Template</source>
      <translation>Vorlage</translation>
    </message>
    <message>
      <source>Exercise minutes are already a field of the Journal, so they are not here.</source>
      <translation>Bewegungsminuten sind bereits ein Feld im Tagebuch und stehen deshalb nicht hier.</translation>
    </message>
    <message>
      <source>&amp;Template:</source>
      <translation>&amp;Vorlage:</translation>
    </message>
    <message>
      <source>Add t&amp;emplate</source>
      <translation>Vorlage &amp;hinzufügen</translation>
    </message>
    <message>
      <source>Add the chosen template</source>
      <translation>Die gewählte Vorlage hinzufügen</translation>
    </message>
    <message>
      <source>What the tracker is called</source>
      <translation>Wie der Tracker heißt</translation>
    </message>
    <message>
      <source>What a day's value is; it can't change once the tracker is added</source>
      <translation>Was der Wert eines Tages ist; das lässt sich nach dem Hinzufügen nicht mehr ändern</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Einheit</translation>
    </message>
    <message>
      <source>For an amount: kg, g, steps…</source>
      <translation>Für eine Menge: kg, g, Schritte…</translation>
    </message>
    <message>
      <source>&amp;Remind me every day at</source>
      <translation>Täglich e&amp;rinnern um</translation>
    </message>
    <message>
      <source>Daily reminder</source>
      <translation>Tägliche Erinnerung</translation>
    </message>
    <message>
      <source>Reminder time</source>
      <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
      <source>&amp;Unit:</source>
      <translation>&amp;Einheit:</translation>
    </message>
    <message>
      <source>Ne&amp;w tracker</source>
      <translation>Neuer &amp;Tracker</translation>
    </message>
    <message>
      <source>New tracker</source>
      <translation>Neuer Tracker</translation>
    </message>
    <message>
      <source>&amp;Add</source>
      <translation>Hinzu&amp;fügen</translation>
    </message>
    <message>
      <source>Add or save the tracker</source>
      <translation>Den Tracker hinzufügen oder speichern</translation>
    </message>
    <message>
      <source>Delete the chosen tracker</source>
      <translation>Den gewählten Tracker löschen</translation>
    </message>
    <message>
      <source>&amp;Save changes</source>
      <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
      <source>Saved. Its values are kept under the new name.</source>
      <translation>Gespeichert. Die Werte bleiben unter dem neuen Namen erhalten.</translation>
    </message>
    <message>
      <source>Delete this tracker?</source>
      <translation>Diesen Tracker löschen?</translation>
    </message>
    <message>
      <source>reminder at {time}</source>
      <translation>Erinnerung um {time}</translation>
    </message>
    <message>
      <source>“{name}” is added; it is on the Journal now.</source>
      <translation>„{name}“ ist hinzugefügt und steht jetzt im Tagebuch.</translation>
    </message>
    <message>
      <source>“{name}” is deleted. The backup taken before is {file}.</source>
      <translation>„{name}“ ist gelöscht. Die vorher angelegte Sicherung ist {file}.</translation>
    </message>
    <message>
      <source>“{name}” and its {n} recorded days will be deleted. A backup of the journal is taken first, so it can be restored.</source>
      <translation>„{name}“ und seine {n} erfassten Tage werden gelöscht. Vorher wird eine Sicherung des Tagebuchs angelegt, damit er wiederhergestellt werden kann.</translation>
    </message>
    <message>
      <source>Sleep, gut and food journal</source>
      <translation>Tagebuch für Schlaf, Darm und Ernährung</translation>
    </message>
    <message>
      <source>Pages</source>
      <translation>Seiten</translation>
    </message>
    <message>
      <source>This is a demo journal with invented data. Nothing you do here touches your own journal.</source>
      <translation>Dies ist ein Demo-Tagebuch mit erfundenen Daten. Nichts, was Sie hier tun, berührt Ihr eigenes Tagebuch.</translation>
    </message>
    <message>
      <source>Demo journal — gutsleep</source>
      <translation>Demo-Tagebuch – gutsleep</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Datei</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Rückgängig</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Wiederholen</translation>
    </message>
    <message>
      <source>&amp;Find…</source>
      <translation>&amp;Suchen…</translation>
    </message>
    <message>
      <source>&amp;Go</source>
      <translation>&amp;Gehe zu</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Hilfe</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
      <source>Open the &amp;log folder</source>
      <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
      <source>How gutsleep computes its &amp;numbers</source>
      <translation>Wie gutsleep seine &amp;Zahlen berechnet</translation>
    </message>
    <message>
      <source>&amp;About gutsleep</source>
      <translation>Ü&amp;ber gutsleep</translation>
    </message>
    <message>
      <source>About gutsleep</source>
      <translation>Über gutsleep</translation>
    </message>
    <message>
      <source>Export unsaved day</source>
      <translation>Ungespeicherten Tag exportieren</translation>
    </message>
    <message>
      <source>Opening the journal…</source>
      <translation>Das Tagebuch wird geöffnet…</translation>
    </message>
    <message>
      <source>Read the &amp;articles</source>
      <translation>&amp;Artikel lesen</translation>
    </message>
    <message>
      <source>This page has nothing to search.</source>
      <translation>Auf dieser Seite gibt es nichts zu durchsuchen.</translation>
    </message>
    <message>
      <source>gutsleep {version}

A private journal of sleep, gut, food, stress and cycle. Everything stays on this computer, in:
{folder}

gutsleep informs and records; it does not diagnose. It is not medical advice.</source>
      <translation>gutsleep {version}

Ein privates Tagebuch für Schlaf, Darm, Ernährung, Stress und Zyklus. Alles bleibt auf diesem Computer, in:
{folder}

gutsleep informiert und zeichnet auf; es stellt keine Diagnosen. Es ist keine medizinische Beratung.</translation>
    </message>
    <message>
      <source>Quit gutsleep?</source>
      <translation>gutsleep beenden?</translation>
    </message>
    <message>
      <source>Your changes to {days} are not saved: the journal can't be written at the moment. Export them to a file (File → Import brings them back later), quit without them, or cancel and keep gutsleep open.</source>
      <translation>Ihre Änderungen an {days} sind nicht gespeichert: Das Tagebuch kann gerade nicht geschrieben werden. Exportieren Sie sie in eine Datei (Datei → Importieren holt sie später zurück), beenden Sie ohne sie, oder brechen Sie ab und lassen gutsleep geöffnet.</translation>
    </message>
    <message>
      <source>What is typed here can't be read, so it is not saved: {values}. Quit anyway? Choose No to correct it.</source>
      <translation>Was hier eingegeben ist, kann nicht gelesen werden und wird daher nicht gespeichert: {values}. Trotzdem beenden? Wählen Sie Nein, um es zu korrigieren.</translation>
    </message>
    <message>
      <source>The {page} page could not be opened ({error}). Your journal is safe; the other pages work as usual.</source>
      <translation>Die Seite {page} konnte nicht geöffnet werden ({error}). Ihr Tagebuch ist sicher; die anderen Seiten funktionieren wie gewohnt.</translation>
    </message>
    <message>
      <source>How gutsleep computes its numbers</source>
      <translation>Wie gutsleep seine Zahlen berechnet</translation>
    </message>
    <message>
      <source>The page on how gutsleep computes its numbers is missing from this installation.</source>
      <translation>Die Seite darüber, wie gutsleep seine Zahlen berechnet, fehlt in dieser Installation.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <source>gutsleep</source>
      <translation>gutsleep</translation>
    </message>
    <message>
      <source>Journal</source>
      <translation>Tagebuch</translation>
    </message>
    <message>
      <source>Trends</source>
      <translation>Trends</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <source>The journal is not encrypted.</source>
      <translation>Das Tagebuch ist nicht verschlüsselt.</translation>
    </message>
    <message>
      <source>The journal and its backups will be encrypted. gutsleep will ask for the passphrase each time it starts.

There is no way to recover a forgotten passphrase: without it the journal can't be read by anyone, you included. Write it down somewhere safe.</source>
      <translation>Das Tagebuch und seine Sicherungen werden verschlüsselt. gutsleep fragt bei jedem Start nach der Passphrase.

Eine vergessene Passphrase lässt sich nicht wiederherstellen: Ohne sie kann niemand das Tagebuch lesen, auch Sie nicht. Notieren Sie sie an einem sicheren Ort.</translation>
    </message>
    <message>
      <source>Unlock the journal</source>
      <translation>Tagebuch entsperren</translation>
    </message>
    <message>
      <source>This journal is protected with a passphrase. Type it to open the journal.</source>
      <translation>Dieses Tagebuch ist mit einer Passphrase geschützt. Geben Sie sie ein, um das Tagebuch zu öffnen.</translation>
    </message>
    <message>
      <source>The journal and its backups are encrypted with your passphrase.</source>
      <translation>Das Tagebuch und seine Sicherungen sind mit Ihrer Passphrase verschlüsselt.</translation>
    </message>
    <message>
      <source>Encryption isn't installed</source>
      <translation>Verschlüsselung ist nicht installiert</translation>
    </message>
    <message>
      <source>The two passphrases differ.</source>
      <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
      <source>Protect the journal with a passphrase</source>
      <translation>Tagebuch mit einer Passphrase schützen</translation>
    </message>
    <message>
      <source>Change the passphrase</source>
      <translation>Passphrase ändern</translation>
    </message>
    <message>
      <source>The journal and its backups will be encrypted with the new passphrase.</source>
      <translation>Das Tagebuch und seine Sicherungen werden mit der neuen Passphrase verschlüsselt.</translation>
    </message>
    <message>
      <source>Remove protection</source>
      <translation>Schutz entfernen</translation>
    </message>
    <message>
      <source>The journal and its backups will be stored unencrypted again: anyone who can read your files can then read it.</source>
      <translation>Das Tagebuch und seine Sicherungen werden wieder unverschlüsselt gespeichert: Wer Ihre Dateien lesen kann, kann dann auch das Tagebuch lesen.</translation>
    </message>
    <message>
      <source>Type the passphrase.</source>
      <translation>Geben Sie die Passphrase ein.</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Passphrase</translation>
    </message>
    <message>
      <source>Protect the journal</source>
      <translation>Tagebuch schützen</translation>
    </message>
    <message>
      <source>The journal is already protected.</source>
      <translation>Das Tagebuch ist bereits geschützt.</translation>
    </message>
    <message>
      <source>The damaged copies set aside earlier will be deleted.</source>
      <translation>Die früher beiseitegelegten beschädigten Kopien werden gelöscht.</translation>
    </message>
    <message>
      <source>New passphrase</source>
      <translation>Neue Passphrase</translation>
    </message>
    <message>
      <source>Repeat it</source>
      <translation>Wiederholen</translation>
    </message>
    <message>
      <source>Protect</source>
      <translation>Schützen</translation>
    </message>
    <message>
      <source>The journal is now protected with your passphrase.</source>
      <translation>Das Tagebuch ist jetzt mit Ihrer Passphrase geschützt.</translation>
    </message>
    <message>
      <source>Current passphrase</source>
      <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
      <source>Change passphrase</source>
      <translation>Passphrase ändern</translation>
    </message>
    <message>
      <source>The passphrase was changed.</source>
      <translation>Die Passphrase wurde geändert.</translation>
    </message>
    <message>
      <source>The journal is not protected.</source>
      <translation>Das Tagebuch ist nicht geschützt.</translation>
    </message>
    <message>
      <source>The journal is no longer protected by a passphrase.</source>
      <translation>Das Tagebuch ist nicht mehr durch eine Passphrase geschützt.</translation>
    </message>
    <message>
      <source>I never set a passphrase</source>
      <translation>Ich habe nie eine Passphrase festgelegt</translation>
    </message>
    <message>
      <source>The journal is not encrypted. Protecting it with a passphrase needs the encryption support: {command}</source>
      <translation>Das Tagebuch ist nicht verschlüsselt. Um es mit einer Passphrase zu schützen, wird die Verschlüsselungsunterstützung benötigt: {command}</translation>
    </message>
    <message>
      <source>Protecting the journal with a passphrase needs the optional encryption support (SQLCipher). Install it, then restart gutsleep:

{command}</source>
      <translation>Um das Tagebuch mit einer Passphrase zu schützen, wird die optionale Verschlüsselungsunterstützung (SQLCipher) benötigt. Installieren Sie sie und starten Sie gutsleep dann neu:

{command}</translation>
    </message>
    <message>
      <source>The journal is encrypted, but these copies of it in the data folder are not encrypted: {names}</source>
      <translation>Das Tagebuch ist verschlüsselt, aber diese Kopien davon im Datenordner sind nicht verschlüsselt: {names}</translation>
    </message>
    <message>
      <source>{count} older backups could not be converted and were left as they were.</source>
      <translation>{count} ältere Sicherungen konnten nicht umgewandelt werden und bleiben unverändert.</translation>
    </message>
    <message>
      <source>The data folder holds damaged copies of the journal, set aside when it could not be opened: {names}

Damaged copies can't be encrypted, so protecting the journal deletes them. To keep them, choose No and move them out of the data folder first.

Delete them when the journal is protected?</source>
      <translation>Im Datenordner liegen beschädigte Kopien des Tagebuchs, die beiseitegelegt wurden, als es sich nicht öffnen ließ: {names}

Beschädigte Kopien lassen sich nicht verschlüsseln, deshalb löscht das Schützen des Tagebuchs sie. Um sie zu behalten, wählen Sie „Nein“ und verschieben Sie sie zuerst aus dem Datenordner.

Sollen sie gelöscht werden, sobald das Tagebuch geschützt ist?</translation>
    </message>
    <message>
      <source>A minute for today's journal? Nothing has been logged yet.</source>
      <translation>Eine Minute für das heutige Tagebuch? Es ist noch nichts eingetragen.</translation>
    </message>
    <message>
      <source>Open today's entry</source>
      <translation>Heutigen Eintrag öffnen</translation>
    </message>
    <message>
      <source>Not filled in for today yet: {names}.</source>
      <translation>Für heute noch nicht ausgefüllt: {names}.</translation>
    </message>
    <message>
      <source>Re&amp;port for a clinician…</source>
      <translation>Bericht für Be&amp;handelnde…</translation>
    </message>
    <message>
      <source>Write a PDF of a period's diary, averages and figures to show a clinician</source>
      <translation>Ein PDF mit Tagebuch, Durchschnittswerten und Grafiken eines Zeitraums zum Vorzeigen in der Behandlung erstellen</translation>
    </message>
    <message>
      <source>Save the report</source>
      <translation>Bericht speichern</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
      <source>Making the report…</source>
      <translation>Der Bericht wird erstellt…</translation>
    </message>
    <message>
      <source>Report written</source>
      <translation>Bericht erstellt</translation>
    </message>
    <message>
      <source>The report for {first} to {last} ({pages} pages) was written to:
{path}

It says that the data is self-reported; it is not encrypted, so keep it somewhere private.</source>
      <translation>Der Bericht für {first} bis {last} ({pages} Seiten) wurde gespeichert unter:
{path}

Er weist darauf hin, dass die Daten selbst erfasst sind. Er ist nicht verschlüsselt; bewahren Sie ihn daher an einem privaten Ort auf.</translation>
    </message>
    <message>
      <source>Look and language</source>
      <translation>Aussehen und Sprache</translation>
    </message>
    <message>
      <source>Colour scheme</source>
      <translation>Farbschema</translation>
    </message>
    <message>
      <source>Follow the system</source>
      <translation>Wie das System</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Sprache</translation>
    </message>
    <message>
      <source>24-hour (23:10)</source>
      <translation>24 Stunden (23:10)</translation>
    </message>
    <message>
      <source>12-hour (11:10 pm)</source>
      <translation>12 Stunden (11:10 pm)</translation>
    </message>
    <message>
      <source>Clock</source>
      <translation>Uhrzeit</translation>
    </message>
    <message>
      <source>The new language is used from the next start of gutsleep.</source>
      <translation>Die neue Sprache gilt ab dem nächsten Start von gutsleep.</translation>
    </message>
    <message>
      <source>Daily reminder on</source>
      <translation>Tägliche Erinnerung an</translation>
    </message>
    <message>
      <source>Your data</source>
      <translation>Ihre Daten</translation>
    </message>
    <message>
      <source>Data folder</source>
      <translation>Datenordner</translation>
    </message>
    <message>
      <source>Open the folder</source>
      <translation>Ordner öffnen</translation>
    </message>
    <message>
      <source>Open the data folder</source>
      <translation>Datenordner öffnen</translation>
    </message>
    <message>
      <source>Move the data folder…</source>
      <translation>Datenordner verschieben…</translation>
    </message>
    <message>
      <source>Move the data folder</source>
      <translation>Datenordner verschieben</translation>
    </message>
    <message>
      <source>Encryption status</source>
      <translation>Verschlüsselungsstatus</translation>
    </message>
    <message>
      <source>Protect the journal with a passphrase…</source>
      <translation>Tagebuch mit einer Passphrase schützen…</translation>
    </message>
    <message>
      <source>Change the passphrase…</source>
      <translation>Passphrase ändern…</translation>
    </message>
    <message>
      <source>Remove the protection…</source>
      <translation>Schutz entfernen…</translation>
    </message>
    <message>
      <source>Remove the protection</source>
      <translation>Schutz entfernen</translation>
    </message>
    <message>
      <source>Choose an empty folder for your journal</source>
      <translation>Wählen Sie einen leeren Ordner für Ihr Tagebuch</translation>
    </message>
    <message>
      <source>Restart gutsleep?</source>
      <translation>gutsleep neu starten?</translation>
    </message>
    <message>
      <source>Restart now to use the journal in its new place?</source>
      <translation>Jetzt neu starten, um das Tagebuch am neuen Ort zu verwenden?</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Hell</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>Dunkel</translation>
    </message>
    <message>
      <source>at</source>
      <translation>um</translation>
    </message>
    <message>
      <source>The reminder appears while gutsleep is running (in the system tray when there is one), only on days with nothing logged yet. It never uses the network.</source>
      <translation>Die Erinnerung erscheint, während gutsleep läuft (im Infobereich der Taskleiste, falls vorhanden), und nur an Tagen, an denen noch nichts eingetragen ist. Sie nutzt nie das Netzwerk.</translation>
    </message>
    <message>
      <source>Everything gutsleep keeps is in this folder on this computer: the journal, its settings and automatic backups. Nothing is sent anywhere.</source>
      <translation>Alles, was gutsleep speichert, liegt in diesem Ordner auf diesem Computer: das Tagebuch, seine Einstellungen und automatische Sicherungen. Nichts wird irgendwohin gesendet.</translation>
    </message>
    <message>
      <source>The passphrase is never stored. Without it the journal cannot be opened, so keep it somewhere safe.</source>
      <translation>Die Passphrase wird nirgends gespeichert. Ohne sie lässt sich das Tagebuch nicht öffnen; bewahren Sie sie daher an einem sicheren Ort auf.</translation>
    </message>
    <message>
      <source>This journal was opened with --data-dir or GUTSLEEP_DATA_DIR. To move it, quit gutsleep, move the folder yourself, and start with the new path.</source>
      <translation>Dieses Tagebuch wurde mit --data-dir oder GUTSLEEP_DATA_DIR geöffnet. Um es zu verschieben, beenden Sie gutsleep, verschieben den Ordner selbst und starten mit dem neuen Pfad.</translation>
    </message>
    <message>
      <source>The folder was not moved</source>
      <translation>Der Ordner wurde nicht verschoben</translation>
    </message>
    <message>
      <source>Copied and checked. From the next start gutsleep uses {new}. The old folder {old} is kept as it was; delete it once you are satisfied.</source>
      <translation>Kopiert und geprüft. Ab dem nächsten Start verwendet gutsleep {new}. Der alte Ordner {old} bleibt unverändert erhalten; löschen Sie ihn, sobald Sie sicher sind, dass alles stimmt.</translation>
    </message>
    <message>
      <source>Go to a page: Journal, Checklist, Articles, Trends, Experiments, Sleep window, Settings</source>
      <translation>Zu einer Seite wechseln: Tagebuch, Checkliste, Artikel, Trends, Experimente, Schlaffenster, Einstellungen</translation>
    </message>
    <message>
      <source>Journal: previous day; Articles: back after following a link</source>
      <translation>Tagebuch: vorheriger Tag; Artikel: zurück, nachdem Sie einem Link gefolgt sind</translation>
    </message>
    <message>
      <source>Journal: next day</source>
      <translation>Tagebuch: nächster Tag</translation>
    </message>
    <message>
      <source>Journal: today</source>
      <translation>Tagebuch: heute</translation>
    </message>
    <message>
      <source>Journal: save the day now</source>
      <translation>Tagebuch: den Tag jetzt speichern</translation>
    </message>
    <message>
      <source>Journal: undo / redo the day's last change (saved at once)</source>
      <translation>Tagebuch: letzte Änderung des Tages rückgängig machen / wiederholen (sofort gespeichert)</translation>
    </message>
    <message>
      <source>Journal lists: add what you typed</source>
      <translation>Listen im Tagebuch: Eingabe hinzufügen</translation>
    </message>
    <message>
      <source>Journal lists: remove the selected row</source>
      <translation>Listen im Tagebuch: ausgewählte Zeile entfernen</translation>
    </message>
    <message>
      <source>Find: search every day of the journal; in an article, its text</source>
      <translation>Suchen: alle Tage des Tagebuchs durchsuchen; in einem Artikel dessen Text</translation>
    </message>
    <message>
      <source>Next / previous match</source>
      <translation>Nächster / vorheriger Treffer</translation>
    </message>
    <message>
      <source>Articles: larger, smaller, normal text</source>
      <translation>Artikel: größere, kleinere, normale Schrift</translation>
    </message>
    <message>
      <source>This list of shortcuts</source>
      <translation>Diese Liste der Tastenkürzel</translation>
    </message>
    <message>
      <source>Quit (everything typed is saved)</source>
      <translation>Beenden (alles Eingegebene wird gespeichert)</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Tastenkürzel</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Tasten</translation>
    </message>
    <message>
      <source>What they do</source>
      <translation>Funktion</translation>
    </message>
    <message>
      <source>The journal is busy: the command “gutsleep {command}” is writing to it. Open gutsleep again once it has finished.</source>
      <translation>Das Tagebuch ist belegt: Der Befehl „gutsleep {command}“ schreibt gerade hinein. Öffnen Sie gutsleep wieder, wenn er fertig ist.</translation>
    </message>
    <message>
      <source>Into bed not before {bedtime}, out of bed by {rising} ({length} in bed).</source>
      <translation>Nicht vor {bedtime} ins Bett, bis {rising} aufstehen ({length} im Bett).</translation>
    </message>
    <message>
      <source>This night did not keep the sleep window (allowing {n} minutes either way).</source>
      <translation>In dieser Nacht wurde das Schlaffenster nicht eingehalten (mit {n} Minuten Spielraum in beide Richtungen).</translation>
    </message>
    <message>
      <source>Ab&amp;out CBT-I and where to find help</source>
      <translation>Über &amp;KVT-I und wo Sie Hilfe finden</translation>
    </message>
    <message>
      <source>Read the article about CBT-I and where to find help</source>
      <translation>Den Artikel über KVT-I und wo Sie Hilfe finden lesen</translation>
    </message>
    <message>
      <source>Safety questions first</source>
      <translation>Zuerst die Sicherheitsfragen</translation>
    </message>
    <message>
      <source>&amp;Check my answers</source>
      <translation>Antworten &amp;prüfen</translation>
    </message>
    <message>
      <source>Check my answers</source>
      <translation>Antworten prüfen</translation>
    </message>
    <message>
      <source>Result of the safety questions</source>
      <translation>Ergebnis der Sicherheitsfragen</translation>
    </message>
    <message>
      <source>This week's window</source>
      <translation>Das Fenster dieser Woche</translation>
    </message>
    <message>
      <source>This week's proposal</source>
      <translation>Der Vorschlag dieser Woche</translation>
    </message>
    <message>
      <source>Acc&amp;ept the proposed window</source>
      <translation>Vorgeschlagenes Fenster &amp;annehmen</translation>
    </message>
    <message>
      <source>Accept the proposed window</source>
      <translation>Vorgeschlagenes Fenster annehmen</translation>
    </message>
    <message>
      <source>Keep my a&amp;djusted times</source>
      <translation>Meine an&amp;gepassten Zeiten übernehmen</translation>
    </message>
    <message>
      <source>Keep the bedtime and rising time I set</source>
      <translation>Die von mir eingestellte Bett- und Aufstehzeit übernehmen</translation>
    </message>
    <message>
      <source>Tonight's sleep window</source>
      <translation>Das Schlaffenster für heute Nacht</translation>
    </message>
    <message>
      <source>Earlier windows</source>
      <translation>Frühere Fenster</translation>
    </message>
    <message>
      <source>Please answer every question; no window is offered until then.</source>
      <translation>Bitte beantworten Sie jede Frage; bis dahin wird kein Fenster angeboten.</translation>
    </message>
    <message>
      <source>This night kept the sleep window (allowing {n} minutes either way).</source>
      <translation>In dieser Nacht wurde das Schlaffenster eingehalten (mit {n} Minuten Spielraum in beide Richtungen).</translation>
    </message>
    <message>
      <source>Sleep restriction is not safe for everyone. Please answer each question; the last eight are the STOP-Bang questions about sleep apnoea.</source>
      <translation>Schlafrestriktion ist nicht für alle sicher. Bitte beantworten Sie jede Frage; die letzten acht sind die STOP-Bang-Fragen zur Schlafapnoe.</translation>
    </message>
    <message>
      <source>&amp;Bedtime</source>
      <translation>&amp;Bettzeit</translation>
    </message>
    <message>
      <source>&amp;Rising time</source>
      <translation>Aufs&amp;tehzeit</translation>
    </message>
    <message>
      <source>Window</source>
      <translation>Fenster</translation>
    </message>
    <message>
      <source>Average sleep</source>
      <translation>Durchschnittlicher Schlaf</translation>
    </message>
    <message>
      <source>Adjusted</source>
      <translation>Angepasst</translation>
    </message>
    <message>
      <source>Nothing in your answers speaks against a sleep window.</source>
      <translation>Nichts in Ihren Antworten spricht gegen ein Schlaffenster.</translation>
    </message>
    <message>
      <source>No window accepted yet.</source>
      <translation>Noch kein Fenster angenommen.</translation>
    </message>
    <message>
      <source>The answers could not be saved.</source>
      <translation>Die Antworten konnten nicht gespeichert werden.</translation>
    </message>
    <message>
      <source>From the nights of {first} to {last}:</source>
      <translation>Aus den Nächten vom {first} bis {last}:</translation>
    </message>
    <message>
      <source>Nights with a complete diary: {nights} of 7</source>
      <translation>Nächte mit vollständigem Tagebuch: {nights} von 7</translation>
    </message>
    <message>
      <source>The window could not be saved.</source>
      <translation>Das Fenster konnte nicht gespeichert werden.</translation>
    </message>
    <message>
      <source>Average total sleep time: {tst}</source>
      <translation>Durchschnittliche Gesamtschlafzeit: {tst}</translation>
    </message>
    <message>
      <source>Average sleep efficiency: {se} %</source>
      <translation>Durchschnittliche Schlafeffizienz: {se} %</translation>
    </message>
    <message>
      <source>Proposed: {window}</source>
      <translation>Vorschlag: {window}</translation>
    </message>
    <message>
      <source>Tonight: {window}</source>
      <translation>Heute Nacht: {window}</translation>
    </message>
    <message>
      <source>Whatever you choose, the file is kept aside in the data folder, never overwritten or deleted.</source>
      <translation>Was Sie auch wählen: Die Datei wird im Datenordner beiseitegelegt, nie überschrieben oder gelöscht.</translation>
    </message>
    <message>
      <source>A new, empty journal was started.</source>
      <translation>Ein neues, leeres Tagebuch wurde begonnen.</translation>
    </message>
    <message>
      <source>The journal can be used again</source>
      <translation>Das Tagebuch ist wieder nutzbar</translation>
    </message>
    <message>
      <source>Your journal is in a synced folder</source>
      <translation>Ihr Tagebuch liegt in einem synchronisierten Ordner</translation>
    </message>
    <message>
      <source>There is no good backup in the backups folder.</source>
      <translation>Im Sicherungsordner gibt es keine intakte Sicherung.</translation>
    </message>
    <message>
      <source>Your journal's folder {folder} is in {kind}.

Sync services and network drives can copy an SQLite file while it is being written, or bring back an older copy, and so damage the journal. Keep the journal in a local folder (start gutsleep with --data-dir, or move the folder while gutsleep is closed) and save backups to {kind} instead.</source>
      <translation>Der Ordner Ihres Tagebuchs, {folder}, liegt in {kind}.

Synchronisierungsdienste und Netzlaufwerke können eine SQLite-Datei kopieren, während sie geschrieben wird, oder eine ältere Kopie zurückholen und so das Tagebuch beschädigen. Bewahren Sie das Tagebuch in einem lokalen Ordner auf (starten Sie gutsleep mit --data-dir oder verschieben Sie den Ordner, während gutsleep geschlossen ist), und speichern Sie stattdessen Sicherungen in {kind}.</translation>
    </message>
    <message>
      <source>The journal was restored from {name}.</source>
      <translation>Das Tagebuch wurde aus {name} wiederhergestellt.</translation>
    </message>
    <message>
      <source>The newest good backup is {name}.</source>
      <translation>Die neueste intakte Sicherung ist {name}.</translation>
    </message>
    <message>
      <source>The unusable file was kept as {path}.</source>
      <translation>Die unbrauchbare Datei wurde als {path} aufbewahrt.</translation>
    </message>
    <message>
      <source>Value under the pointer</source>
      <translation>Wert unter dem Mauszeiger</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>Vergrößern</translation>
    </message>
    <message>
      <source>Show half as many days (key +)</source>
      <translation>Halb so viele Tage zeigen (Taste +)</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>Verkleinern</translation>
    </message>
    <message>
      <source>Show twice as many days (key −)</source>
      <translation>Doppelt so viele Tage zeigen (Taste −)</translation>
    </message>
    <message>
      <source>Whole range</source>
      <translation>Ganzer Zeitraum</translation>
    </message>
    <message>
      <source>Show the whole range chosen above again (key 0)</source>
      <translation>Wieder den ganzen oben gewählten Zeitraum zeigen (Taste 0)</translation>
    </message>
    <message>
      <source>Drag across the figure to zoom to those days; arrow keys read it out.</source>
      <translation>Ziehen Sie über die Grafik, um diese Tage zu vergrößern; die Pfeiltasten lesen sie vor.</translation>
    </message>
    <message>
      <source>{figure}: zoom</source>
      <translation>{figure}: Zoom</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Week</source>
      <translation>Woche</translation>
    </message>
    <message>
      <source>Week starting</source>
      <translation>Woche ab</translation>
    </message>
    <message>
      <source>Sleep window (minutes)</source>
      <translation>Schlaffenster (Minuten)</translation>
    </message>
    <message>
      <source>Device: time asleep (minutes)</source>
      <translation>Gerät: Schlafzeit (Minuten)</translation>
    </message>
    <message>
      <source>One row per day or week of the range shown. An empty cell means no value.</source>
      <translation>Eine Zeile pro Tag oder Woche des gezeigten Zeitraums. Eine leere Zelle bedeutet: kein Wert.</translation>
    </message>
    <message>
      <source>Data of {figure}</source>
      <translation>Daten: {figure}</translation>
    </message>
    <message>
      <source>Bristol type {n}</source>
      <translation>Bristol-Typ {n}</translation>
    </message>
    <message>
      <source>Not tested for some outcomes (too rarely recorded, too little variety, or more factors than the days can carry): {factors}.</source>
      <translation>Für einige Ergebnisse nicht geprüft (zu selten erfasst, zu wenig Abwechslung oder mehr Faktoren, als die Tage tragen können): {factors}.</translation>
    </message>
    <message>
      <source>n = {n} days ({n_with} with, {n_without} without) · difference {effect} {unit} · {level}% interval {low} to {high} {unit} · q = {q}</source>
      <translation>n = {n} Tage ({n_with} mit, {n_without} ohne) · Unterschied {effect} {unit} · {level}-%-Intervall {low} bis {high} {unit} · q = {q}</translation>
    </message>
    <message>
      <source>Each line compares days with something against days without it, in your own records, with the other factors taken into account. These are associations, not causation: they cannot show that one thing caused another.</source>
      <translation>Jede Zeile vergleicht Tage mit etwas mit Tagen ohne es, in Ihren eigenen Aufzeichnungen und unter Berücksichtigung der anderen Faktoren. Das sind Zusammenhänge, keine Ursachen: Sie können nicht zeigen, dass eines das andere verursacht hat.</translation>
    </message>
    <message>
      <source>Insights, strongest first</source>
      <translation>Zusammenhänge, die stärksten zuerst</translation>
    </message>
    <message>
      <source>Press Enter to show the data behind the selected insight</source>
      <translation>Drücken Sie Enter, um die Daten hinter dem ausgewählten Zusammenhang zu zeigen</translation>
    </message>
    <message>
      <source>Show its &amp;data</source>
      <translation>&amp;Daten dazu zeigen</translation>
    </message>
    <message>
      <source>Show the data behind the selected insight</source>
      <translation>Die Daten hinter dem ausgewählten Zusammenhang zeigen</translation>
    </message>
    <message>
      <source>Why many comparisons find chance patterns</source>
      <translation>Warum viele Vergleiche Zufallsmuster finden</translation>
    </message>
    <message>
      <source>Read more: why many comparisons find chance patterns</source>
      <translation>Mehr lesen: Warum viele Vergleiche Zufallsmuster finden</translation>
    </message>
    <message>
      <source>How these numbers are c&amp;omputed</source>
      <translation>Wie diese Zahlen be&amp;rechnet werden</translation>
    </message>
    <message>
      <source>The data behind the insight</source>
      <translation>Die Daten hinter dem Zusammenhang</translation>
    </message>
    <message>
      <source>Working out the insights…</source>
      <translation>Die Zusammenhänge werden berechnet…</translation>
    </message>
    <message>
      <source>Read more: association is not causation</source>
      <translation>Mehr lesen: Ein Zusammenhang ist kein Beweis für eine Ursache</translation>
    </message>
    <message>
      <source>Read more: why patterns can be chance</source>
      <translation>Mehr lesen: Warum Muster Zufall sein können</translation>
    </message>
    <message>
      <source>Something went wrong: {problem}</source>
      <translation>Etwas ist schiefgegangen: {problem}</translation>
    </message>
    <message>
      <source>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)</source>
      <translation>PNG-Bild (*.png);;SVG-Bild (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
      <source>CSV file (*.csv)</source>
      <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
      <source>Last 2 weeks</source>
      <translation>Letzte 2 Wochen</translation>
    </message>
    <message>
      <source>Last 30 days</source>
      <translation>Letzte 30 Tage</translation>
    </message>
    <message>
      <source>Last 90 days</source>
      <translation>Letzte 90 Tage</translation>
    </message>
    <message>
      <source>Last year</source>
      <translation>Letztes Jahr</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Alles</translation>
    </message>
    <message>
      <source>Custom…</source>
      <translation>Eigener Zeitraum…</translation>
    </message>
    <message>
      <source>Sleep</source>
      <translation>Schlaf</translation>
    </message>
    <message>
      <source>Factors</source>
      <translation>Faktoren</translation>
    </message>
    <message>
      <source>Plant variety</source>
      <translation>Pflanzenvielfalt</translation>
    </message>
    <message>
      <source>Insights</source>
      <translation>Zusammenhänge</translation>
    </message>
    <message>
      <source>Hot flushes and cycles</source>
      <translation>Hitzewallungen und Zyklen</translation>
    </message>
    <message>
      <source>Diary and device</source>
      <translation>Tagebuch und Gerät</translation>
    </message>
    <message>
      <source>Compare</source>
      <translation>Vergleichen</translation>
    </message>
    <message>
      <source>Trend views</source>
      <translation>Trend-Ansichten</translation>
    </message>
    <message>
      <source>&amp;Range:</source>
      <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
      <source>Range shown</source>
      <translation>Angezeigter Zeitraum</translation>
    </message>
    <message>
      <source>to</source>
      <translation>bis</translation>
    </message>
    <message>
      <source>Shade b&amp;leeding days</source>
      <translation>B&amp;lutungstage hinterlegen</translation>
    </message>
    <message>
      <source>Shade bleeding days</source>
      <translation>Blutungstage hinterlegen</translation>
    </message>
    <message>
      <source>Shade the days with menstrual bleeding or spotting on every time axis</source>
      <translation>Tage mit Menstruations- oder Schmierblutung auf jeder Zeitachse farbig hinterlegen</translation>
    </message>
    <message>
      <source>Working…</source>
      <translation>Wird berechnet…</translation>
    </message>
    <message>
      <source>Sa&amp;ve figure…</source>
      <translation>Grafik &amp;speichern…</translation>
    </message>
    <message>
      <source>Save figure</source>
      <translation>Grafik speichern</translation>
    </message>
    <message>
      <source>Save the figure shown as a PNG, SVG or PDF file</source>
      <translation>Die angezeigte Grafik als PNG-, SVG- oder PDF-Datei speichern</translation>
    </message>
    <message>
      <source>Save data as &amp;CSV…</source>
      <translation>Daten als &amp;CSV speichern…</translation>
    </message>
    <message>
      <source>Save data as CSV</source>
      <translation>Daten als CSV speichern</translation>
    </message>
    <message>
      <source>Save the numbers behind the figure shown as a CSV file</source>
      <translation>Die Zahlen hinter der angezeigten Grafik als CSV-Datei speichern</translation>
    </message>
    <message>
      <source>Data &amp;table…</source>
      <translation>Daten&amp;tabelle…</translation>
    </message>
    <message>
      <source>Show the data as a table</source>
      <translation>Die Daten als Tabelle zeigen</translation>
    </message>
    <message>
      <source>The numbers behind the figure shown, one row per day or week, in a table</source>
      <translation>Die Zahlen hinter der gezeigten Grafik als Tabelle, eine Zeile pro Tag oder Woche</translation>
    </message>
    <message>
      <source>Show beside sleep:</source>
      <translation>Neben dem Schlaf zeigen:</translation>
    </message>
    <message>
      <source>Factors shown</source>
      <translation>Angezeigte Faktoren</translation>
    </message>
    <message>
      <source>Tick the factors to show under the sleep panel; Space ticks the current one</source>
      <translation>Haken Sie die Faktoren an, die unter dem Schlafdiagramm erscheinen sollen; die Leertaste hakt den aktuellen an oder ab</translation>
    </message>
    <message>
      <source>Cycles in words</source>
      <translation>Zyklen in Worten</translation>
    </message>
    <message>
      <source>How cycles are counted, and STRAW+10</source>
      <translation>Wie Zyklen gezählt werden, und STRAW+10</translation>
    </message>
    <message>
      <source>First day shown</source>
      <translation>Erster angezeigter Tag</translation>
    </message>
    <message>
      <source>Last day shown</source>
      <translation>Letzter angezeigter Tag</translation>
    </message>
    <message>
      <source>&amp;Measure:</source>
      <translation>&amp;Messgröße:</translation>
    </message>
    <message>
      <source>First measure compared</source>
      <translation>Erste verglichene Messgröße</translation>
    </message>
    <message>
      <source>Drawn in the upper panel and along the scatter's horizontal axis</source>
      <translation>Im oberen Feld und auf der waagerechten Achse des Streudiagramms gezeigt</translation>
    </message>
    <message>
      <source>Ag&amp;ainst:</source>
      <translation>Ve&amp;rglichen mit:</translation>
    </message>
    <message>
      <source>Second measure compared</source>
      <translation>Zweite verglichene Messgröße</translation>
    </message>
    <message>
      <source>Drawn in the lower panel and up the scatter's vertical axis</source>
      <translation>Im unteren Feld und auf der senkrechten Achse des Streudiagramms gezeigt</translation>
    </message>
    <message>
      <source>No days logged yet</source>
      <translation>Noch keine Tage eingetragen</translation>
    </message>
    <message>
      <source>Open an insight's data first, then save it.</source>
      <translation>Öffnen Sie zuerst die Daten eines Zusammenhangs und speichern Sie sie dann.</translation>
    </message>
    <message>
      <source>The figure was not saved</source>
      <translation>Die Grafik wurde nicht gespeichert</translation>
    </message>
    <message>
      <source>Saved {name}</source>
      <translation>{name} gespeichert</translation>
    </message>
    <message>
      <source>The data were not saved</source>
      <translation>Die Daten wurden nicht gespeichert</translation>
    </message>
    <message>
      <source>The insights are still being worked out.</source>
      <translation>Die Zusammenhänge werden noch berechnet.</translation>
    </message>
    <message>
      <source>{first} to {last}</source>
      <translation>{first} bis {last}</translation>
    </message>
    <message>
      <source>Add</source>
      <translation>Hinzufügen</translation>
    </message>
    <message>
      <source>Remove selected</source>
      <translation>Ausgewählte entfernen</translation>
    </message>
    <message>
      <source>h:mm am/pm</source>
      <translation>h:mm am/pm</translation>
    </message>
    <message>
      <source>Add to {label}</source>
      <translation>{label}: hinzufügen</translation>
    </message>
    <message>
      <source>Remove selected from {label}</source>
      <translation>{label}: Ausgewählte entfernen</translation>
    </message>
    <message>
      <source>{list}: {column}</source>
      <translation>{list}: {column}</translation>
    </message>
    <message>
      <source>{column} is needed.</source>
      <translation>{column} wird benötigt.</translation>
    </message>
  </context>
</TS>
