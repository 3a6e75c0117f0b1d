"""Tests for the ``news_quotes`` component (quote extraction and speaker attribution)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from spacy.tokens import Doc, Span

from pipeline.components.quote_marks import quote_pieces
from pipeline.nlp import build_nlp
from pipeline.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
FIELDS = {"start", "end", "kind", "speaker", "speaker_start", "speaker_end",
          "speaker_canonical", "speaker_entity_id", "speaker_kind", "cue", "cue_type", "negated"}


@pytest.fixture(scope="module")
def nlp():
    """The model with ``news_paragraphs``, ``news_entities`` and ``news_quotes``."""
    return build_nlp(Settings(components=("news_paragraphs", "news_entities", "news_quotes")))


def _found(nlp, text):
    """(quote text, kind, canonical speaker) for every quote of ``text``."""
    doc = nlp(text)
    return [(text[q["start"]:q["end"]], q["kind"], q["speaker_canonical"]) for q in doc._.quotes]


def _has(found, fragment, kind, speaker):
    """Whether a quote containing ``fragment`` has this kind and speaker (substring)."""
    return any(fragment in text and k == kind and (speaker is None and s is None
               or speaker is not None and s is not None and speaker in s)
               for text, k, s in found)


CASES = [
    # "when asked if X": the subject was asked, the asker goes unnamed; the answer is the subject's
    ("Harbour chief Tom Berg, when asked if the ferry would run in May, said it was too early to tell.",
     [("if the ferry would run in May", "indirect", None), ("it was too early to tell", "indirect", "Tom Berg")]),
    # the short object of a finite stance verb is a stance, however short
    ("Senator Ann Fox endorsed Tom Hale on Monday.", [("Tom Hale", "indirect", "Ann Fox")]),
    ("The Harbour Party opposes the bridge.", [("the bridge", "indirect", "Harbour Party")]),
    # a perceiving verb reports a view in the frame "X as Y"
    ("Many farmers in the valley see the new dam as a threat to their water rights.",
     [("the new dam as a threat to their water rights", "indirect", "farmers")]),
    ("Her rivals have painted the mayor as a friend of the developers who rarely visits the suburbs.",
     [("the mayor as a friend of the developers", "indirect", "rivals")]),
    # without an agent the view is the whole clause and nobody is named as holding it
    ("The ferry link is widely seen as the last chance to keep the island school open.",
     [("The ferry link is widely seen as the last chance", "indirect", None)]),
    # a cue inside the quotation marks yields the report to the cue outside them
    ('Ms. Lund, with her long years on the harbour board, "is seen as the safest pair of hands," '
     'the pollster Erik Dahl said.',
     [("Ms. Lund, with her long years", "mixed", "Erik Dahl")]),
    # a passive participle on a noun: the noun is what is seen, not who sees it
    ("The council approved a new tram line, seen as a way of easing traffic in the old town.",
     [("a way of easing traffic in the old town", "indirect", None)]),
    # the object of "show" is a finding when a source that is no person shows it
    ("Two new polls show Ann Lee up by ten points in the race for mayor of Bergen.",
     [("Ann Lee up by ten points", "indirect", "Two new polls")]),
    # "show X up" with a source as subject is a finding, not "show up"; "data" (lemma "datum") is such a source
    ("Official data show prices up by ten percent in Oslo since the spring.",
     [("prices up by ten percent", "indirect", "Official data")]),
    # quote marks glued to the words around them (text given as is, not cleaned)
    ("Ferry fares will rise in May. Ann Lee said,“We have no choice, the fuel costs too much.”",
     [("We have no choice", "direct", "Ann Lee")]),
    # a short capitalised quote a vocal verb utters is no title
    ('About 300 dockers gathered outside the ministry, chanting "Save Our Port."',
     [("Save Our Port", "direct", "dockers")]),
    # direct, speaker after the quote
    ('"The bridge will reopen next spring," Helen Marsh said on Friday.',
     [("bridge will reopen", "direct", "Helen Marsh")]),
    # inverted cue with apposition
    ("“We have no plans to sell the farm,” said Tomas Brandt, chairman of the cooperative.",
     [("no plans to sell", "direct", "Tomas Brandt")]),
    # split quote: both pieces share the speaker
    ('"The river is rising," Mayor Ana Ruiz said, "and we are moving people out tonight."',
     [("river is rising", "direct", "Ana Ruiz"), ("moving people out", "direct", "Ana Ruiz")]),
    # colon lead-in
    ("The coach, Peter Lindqvist, was blunt: “We played badly and we deserved to lose.”",
     [("played badly", "direct", "Peter Lindqvist")]),
    # guillemets
    ("«We will win this election tomorrow night,» Marie Dubois told supporters.",
     [("We will win", "direct", "Marie Dubois")]),
    # wire and treebank marks: ``…''
    ("``It is a sad day for the town,'' said Mayor John Riley, who has led the city since 1990.",
     [("sad day for the town", "direct", "John Riley")]),
    ("The company described the offer as ``grossly inadequate'' and said it would fight the bid.",
     [("grossly inadequate", "mixed", "The company"), ("fight the bid", "indirect", "The company")]),
    # ... whose opening pair is one token, as the model reads it (split in two, it derails the parse)
    ("He said ``no comment'' and walked out of the room.", [("``no comment''", "direct", "He")]),
    # pronoun resolution with a gender cue from the title
    ("Mrs. Olga Petrova runs the clinic. Dr. Ivan Sokol works there too. "
     "“Nobody here has been paid since March,” she said.",
     [("Nobody here", "direct", "Olga Petrova")]),
    # a relative clause describing the speaker (its cue reports nothing of the quote) does not take the next quote
    ('“The plan is at least a decade out of date,” said a senior aide to Governor Ruth Mandel, who declined to be '
     'named and works outside the campaign. “She does not know the new voters or the new media.”',
     [("does not know the new voters", "direct", "a senior aide")]),
    # a cue the parser hung on the reported clause goes on with the reporter when that clause's subject cannot speak
    ('Governor Ann Lake said Hart\'s budget would cut money for rural schools, and called him "the worst friend '
     'the farmers have ever had."',
     [("the worst friend", "mixed", "Ann Lake")]),
    # a digest line: summary, dash, then the name before a colon attributes the quote
    ('Pollsters got Iowa wrong - Sarah Collins: "The lesson is simple: keep calling voters until the very last day."',
     [("keep calling voters", "direct", "Sarah Collins")]),
    # "From X:" before a quote names its source, not a cue of the sentence before
    ('The survey says little about phone polls. From the study: "Panels with longer field periods gave '
     'more accurate results in every state we checked."',
     [("longer field periods", "direct", "the study")]),
    # follow-on quote in the next paragraph
    ('"Prices will keep climbing," said Rachel Adeyemi, an economist at the bank.\n\n'
     '"I would not expect any relief before the summer months are over."',
     [("Prices will keep", "direct", "Rachel Adeyemi"), ("any relief", "direct", "Rachel Adeyemi")]),
    # indirect: X said (that) ...
    ("Finance minister Carlos Mendes said that the budget deficit would shrink next year.",
     [("the budget deficit would shrink", "indirect", "Carlos Mendes")]),
    # indirect: according to X
    ("According to Lena Hoffmann, the factory will close in June.",
     [("the factory will close", "indirect", "Lena Hoffmann")]),
    # indirect: ..., X said.
    ("The talks collapsed after midnight, union leader Sam Okafor said.",
     [("talks collapsed", "indirect", "Sam Okafor")]),
    # mixed: reported content with a quoted fragment
    ("Senator Jane Holt described the ruling as a “historic mistake” for the state.",
     [("the ruling as a “historic mistake”", "mixed", "Jane Holt")]),
    ("The ministry said the embassy “has no intention” of closing.",
     [("the embassy “has no intention”", "mixed", "ministry")]),
    # indirect: told reporters, warned, accused Y of
    ("Police chief Maria Gomez told reporters that the suspect had fled the city.",
     [("the suspect had fled", "indirect", "Maria Gomez")]),
    ("The central bank governor, Ali Rahimi, warned that inflation could return in the autumn.",
     [("inflation could return", "indirect", "Ali Rahimi")]),
    ("Opposition leader Nadia Kovac accused the government of hiding the audit report.",
     [("the government of hiding", "indirect", "Nadia Kovac")]),
    ("Economist Priya Nair noted that wages had barely moved in a decade.",
     [("wages had barely moved", "indirect", "Priya Nair")]),
    # a cue noun with a possessor
    ("Governor Ruth Okoye's claim that the budget is balanced drew laughter in the chamber.",
     [("the budget is balanced", "indirect", "Ruth Okoye")]),
    # an attribution line with a dash glued to the name; a place in apposition is no speaker
    ("The meeting ran late.\n\n“The noise from the new depot keeps the whole street awake every night.”"
     "\n\n-Maria Lindgren, Leeds.",
     [("The noise from the new depot", "direct", "Maria Lindgren")]),
    # "it" speaks for the organisation mentioned before
    ("The Daily Courier reported the vote on Monday. “The council acted in haste and without any "
     "public debate,” it said.",
     [("The council acted", "direct", "Daily Courier")]),
    # "who" of a conjoined relative clause stands for the noun it modifies
    ("The mayor met Maria Tan, a retired teacher who runs a small shop and who said that the new tax "
     "would ruin her business.",
     [("the new tax would ruin", "indirect", "Maria Tan")]),
    # a verb outside the lexicon right before a quote, with a person-like subject, attributes it
    ('The march began at noon.\n\nAs they walked down Elm Street, the students chanted "no more tuition hikes '
     'for working families."', [("no more tuition hikes", "direct", "the students")]),
    # a title abbreviation the model's tokenizer would split from its dot keeps the name whole
    ('"The runway will reopen on Monday," said Air Force 2nd Lt. Maria Ocampo, a base spokeswoman.',
     [("runway will reopen", "direct", "Maria Ocampo")]),
    ('"The convoy left at dawn," said Army Sgt. Dale Kwan.', [("convoy left at dawn", "direct", "Dale Kwan")]),
    # a subjectless conjoined cue shares the subject of the conjunct just before it, not the first one
    ('Before the rally, a group of teachers called for a boycott of his speech, and the civil rights group the '
     'Justice League strongly denounced the mayor and said it would "redirect" all of his past donations to charity.',
     [("redirect", "mixed", "Justice League")]),
    # "e-mail" stays one word: the message speaks, not a bare "mail"
    ("The e-mail said the council should issue a statement on Monday.",
     [("the council should issue a statement", "indirect", "The e-mail")]),
    # a sentence after a quote that ends in a full stop is no attribution unless its verb is a cue
    ('The sprinters expected to be cleared by the panel in Athens. "I am calm and hopeful," Maria Lenz had said at '
     'the time. "We gave the panel new evidence that it had never seen." It was not clear what this evidence was.',
     [("We gave the panel new evidence", "direct", "Maria Lenz")]),
    # a passive expectation names no source: no speaker, and it attributes no later quote
    ('"The storm changed travel patterns in ways that surprised us," chief executive Geoff Dixon said. Higher fuel '
     'costs are expected to eat into earnings in the coming months. "It certainly hurt travel into the country."',
     [("to eat into earnings", "indirect", None), ("It certainly hurt travel", "direct", "Geoff Dixon")]),
    # a source noun that spoke is the antecedent of a later "it", not a place named in between
    ("A study in 2000 showed that a half-hourly service from the town to Edinburgh could cover its costs. It also "
     "found that a freight line would pay its way.", [("a freight line would pay its way", "indirect", "A study in 2000")]),
    # "X said, according to Y": Y is the outer source
    ("“I will be voting for him in March, and I have decided,” Welch said, according to the Daily Courier.",
     [("I will be voting", "direct", "Daily Courier")]),
    # ... but an "according to Y" inside the quotation marks is the speaker's own words
    ('Mayor Ines Calloway told the local radio station that "the driver fired at the crowd, according to '
     'the officers who stopped him."',
     [("the driver fired", "mixed", "Ines Calloway")]),
    # an unattributed quote after a reported-speech sentence takes its speaker
    ("Mayor Tom Reyes said that the flooding was the worst in a century.\n\n"
     "“We have never seen the water this high in our town.”",
     [("never seen the water", "direct", "Tom Reyes")]),
    # a short quoted sentence right after the attribution of a quote goes on with it
    ('"I cannot vote for the plan," said farmer Ola Berg. "It is unfair."',
     [("I cannot vote", "direct", "Ola Berg"), ("It is unfair.", "direct", "Ola Berg")]),
    # the parser hangs the quoted question before on "said" too: the content is the clause after
    ('"Where will the money come from?"\n\nSome local farmers said the new dam would flood their fields.',
     [("the new dam would flood their fields", "indirect", "Some local farmers")]),
    # multi-paragraph quote after a colon lead-in
    ("Governor John Perez said: “We will rebuild every house in this valley.\n\n“We will not leave anyone behind, whatever it costs.”",
     [("rebuild every house", "direct", "John Perez"), ("not leave anyone behind", "direct", "John Perez")]),
    # dash attribution
    ("“Never give up on the people who need you most.” — Sarah Holm, nurse",
     [("Never give up", "direct", "Sarah Holm")]),
    # apposition between the quote and the cue
    ("The minister was defiant. “We will not resign over a rumour,” Helen Ward, the finance minister, told the BBC.",
     [("We will not resign", "direct", "Helen Ward")]),
    # single quotes marking speech in a headline
    ("Mayor says ‘we will rebuild the harbour’",
     [("we will rebuild the harbour", "direct", "Mayor")]),
    # a long quote continuing an unquoted phrase is part of a mixed quote
    ("Coach Lena Falk celebrated with the fans, declaring the win “the best night this club has ever had.”",
     [("the win “the best night", "mixed", "Lena Falk")]),
    # a whole quoted sentence after the cue's object or an adverbial stays direct
    ("Coach Ben Ward told reporters “We will never give up on this team and its fans.”",
     [("“We will never give up", "direct", "Ben Ward")]),
    ("The mayor said on Monday “We will rebuild the harbour within a year.”",
     [("“We will rebuild the harbour", "direct", "mayor")]),
    # a relative clause inside the reported content does not end it
    ("The mayor said the volunteers, who worked all night, had been “the best neighbours any town could wish for.”",
     [("the volunteers, who worked all night, had been “the best", "mixed", "mayor")]),
    # a fragment under two cues belongs to the outer reporting clause
    ("Councillor Ruth Amis said the new rules suggested the city had “given up on its own residents.”",
     [("the new rules suggested the city had “given up", "mixed", "Ruth Amis")]),
    # reported content never runs over a paragraph break
    ('The host then asked, "In every district?"\n\n"Including every district, yes, including every single one," '
     'Senator Joan Pike responded.',
     [("Including every district", "direct", "Joan Pike")]),
    # a paragraph after a closing quote mark starts a sentence with its own speaker
    ('He said that he’ll “need a lot of help and support. So we’ll see how it works.”\n\n'
     'Sen. Chuck Holt, facing a spirited Democratic challenge in Iowa, a swing state, said he would welcome Cruz.',
     [("he would welcome Cruz", "indirect", "Chuck Holt")]),
    # a lone dash after the quoted fragment adds the writer's comment
    ("Mayor Ida Kern said she was “deeply encouraged” by the plan — a rare show of support from a member of the opposition.",
     [("she was “deeply encouraged” by the plan", "mixed", "Ida Kern")]),
    # a hyphen inside a compound (long-term) is no lone dash
    ("Mayor Ida Kern said she was “deeply encouraged” by the long-term plan for the harbour.",
     [("by the long-term plan for the harbour", "mixed", "Ida Kern")]),
    # a headline or transcript line: a name before a line-initial colon speaks the clause after it
    ("Election night.\n\nMarta Lindqvist: Rural Voters Will Decide This Race.\n\nThe polls close at eight.",
     [("Rural Voters Will Decide This Race", "indirect", "Marta Lindqvist")]),
    # "referring to X": X is what the speaker talked about
    ("“We will not give up now,” Mayor Ida Kern said, referring to the long fight over the harbour bridge.",
     [("the long fight over the harbour bridge", "indirect", "Ida Kern")]),
    # a colon lead-in is not part of the quote
    ("Councillor Ida Moss was frank about the budget: “We simply cannot pay for a second bridge this decade,” she said.",
     [("“We simply cannot pay", "direct", "Ida Moss")]),
    # a paragraph ending in a colon leads in the quote opening the next paragraph
    ("Governor Ruth Calder issued the following statement:\n\n“Our thoughts are with the families of the"
     " victims. This violence has to stop.”",
     [("Our thoughts are with", "direct", "Ruth Calder")]),
    # an age used as a noun names a person, though the recogniser tags it as a date
    ("“The plan is a disaster for the farmers,” said the 52-year-old.",
     [("plan is a disaster", "direct", "52-year-old")]),
    ("“What if the mayor had singing lessons?” the 43-year-old asked in the video’s description.",
     [("singing lessons", "direct", "43-year-old")]),
    # ``as X put it`` attributes the clause it hangs on
    ('The plan, as one local diplomat put it, is "an extreme makeover of the whole port."',
     [("extreme makeover", "mixed", "one local diplomat")]),
    # a one-word utterance opening its sentence, with its attribution right after, is no title
    ("Asked about the plan, Mayor Ann Fox replied: “I don’t know. I’m going to see what happens.” “Really,” "
     "she added when the interviewer expressed shock.", [("Really", "direct", "Ann Fox")]),
    # a question verb reports what was asked, past the person asked
    ("Then Professor Ada Lind asked the students if they were always so serious about exams.",
     [("if they were always so serious", "indirect", "Ada Lind")]),
    ("Radio host Tom Hale asked the mayor about statements she had made the previous night.",
     [("about statements she had made", "indirect", "Tom Hale")]),
    # a live blog's timestamp parsed as a second subject does not hide the speaker
    ("9:30 p.m.\n\nGovernor Ruth Calder says she will sign the budget bill on Friday.",
     [("she will sign the budget bill", "indirect", "Ruth Calder")]),
    # ... or hung on the timestamp as an apposition
    ("Earlier news.\n\n___.\n\n2:40 p.m.\n\nTom Hale’s campaign manager says he is “gratified” by a "
     "Florida prosecutor’s decision to drop a battery charge against him.",
     [("gratified", "mixed", "Tom Hale’s campaign manager")]),
    # a share of a group speaks for it, and keeps its whole phrase as the speaker
    ("Three in 10 voters said they would skip the election entirely.",
     [("would skip the election", "indirect", "Three in 10 voters")]),
    ("Nearly nine out of 10 say they will need to learn new skills to advance their careers.",
     [("they will need to learn new skills", "indirect", "nine out of 10")]),
    ("Even so, three-quarters of the voters said they were worried about the economy.",
     [("they were worried about the economy", "indirect", "three-quarters of the voters")]),
    # a possessive pronoun speaker ('his claim that …') is resolved like a subject one
    ('Tom Hale spoke to the farmers on Monday. His claim that the dam "will never fail" angered them.',
     [("will never fail", "mixed", "Tom Hale")]),
    # a cue the parser gave two subjects takes the nearer one, not a lead-in phrase before the quote
    ("Doctors will keep working on the plan, Ezra Lind said. His final assessment: “It’s not quite "
     "optimistic,” he said.", [("not quite optimistic", "direct", "Ezra Lind")]),
    # an unattributed quote after a report is the reporter's, not a speaker inside the report
    ("“She has two chances now,” said Ruth Calder, chief economist at Norbank. Calder added that the Fed "
     "very much wants to act before the election. “They don’t like to talk about it, but I think they will "
     "move for political reasons.”", [("They don’t like", "direct", "Ruth Calder")]),
    ("Defence Minister Tom Hale said that for decades some critics had been predicting the decline of the "
     "fleet. “That is because this region is home to half the world's trade and they know it.”",
     [("half the world's trade", "direct", "Tom Hale")]),
    # a closed quoted sentence goes on from the quote before it, not to the next sentence's own report
    ('"He simply slipped on the wet stage," a label spokesman said on Friday. "It was an old ankle injury." '
     'The court filing described Mr Dale as "one of the best-known singers in the country".',
     [("an old ankle injury", "direct", "label spokesman")]),
    # a verb right before a colon introduces the quote, however near another report
    ("She said that the regulators had found her plan sound, to which Tom Hale interjected: "
     '"That is simply not true." Ms Fox said the plan went far enough.',
     [("simply not true", "direct", "Tom Hale")]),
    # the verb the parser hung a quoted clause on speaks it, however far before the quote
    ("Ann Fox, the head of the regional water authority, reacted coolly to the new cross-border river deal, "
     "“I am worried about any deal that moves all the water from one valley to the next.” Farmers there were angry.",
     [("worried about any deal", "direct", "Ann Fox")]),
    # the subject after an 'Asked …' participle was asked, the asker goes unnamed (with 'by', the agent asks)
    ("Asked what the award means to her, Ruth Cole says it is a great honour.",
     [("what the award means to her", "indirect", None), ("it is a great honour", "indirect", "Ruth Cole")]),
    ("Asked by Tom Hale whether she had read the report, Ruth Cole said she had read it twice.",
     [("whether she had read the report", "indirect", "Tom Hale")]),
    # two people named as a pair are what a following 'they' refers to
    ("Sprinters Anna Berg and Lena Holm missed the drug test in Athens. They said they had been training in Qatar.",
     [("they had been training in Qatar", "indirect", "Anna Berg and Lena Holm")]),
    # an impersonal passive names no source, and the subject of the clause before does not speak
    ("The defender joined the club in 2019, but it has been widely reported that he is unhappy in the city.",
     [("he is unhappy in the city", "indirect", None)]),
    ("Growth slowed in the spring. It was said that the bank would cut its rates again in June.",
     [("the bank would cut its rates again in June", "indirect", None)]),
    # the subject of a passive 'described as' / 'labelled' is what is described: the source goes unnamed
    ('The new stadium was described as "a bold design that will change the skyline of the city".',
     [("a bold design", "mixed", None)]),
    ('Mayor Ann Fox was labelled "the worst planner the city has ever had" in the report.',
     [("the worst planner", "mixed", None)]),
    # a message issued by someone speaks for them, in a relative clause as in a participle
    ('To promote the courses, Ann Fox released a short video that said, "Our teachers are the best in the whole '
     'country."', [('"Our teachers are the best', "direct", "Ann Fox")]),
    # after a closed quote, a verb with a complement of its own starts a new statement, not an attribution
    ('Kate Lind, who plays the singer, said: "I knew nothing about him before this film." "There is sadness in the '
     'story, and landing this part was a dream for me." Actress Ruth Dale continues to live in Paris, but has '
     'approved the film.', [('"There is sadness in the story', "direct", "Kate Lind")]),
    # a cue right before a quote and its comma attributes it, not a verb of the next sentence
    ('Before the convention, Police Chief Calvin Williams lobbied to suspend open-carry rights downtown, saying, '
     '"The fewer guns, the better."  The state is one of 45 states where open-carry is guaranteed by law.',
     [('"The fewer guns, the better."', "direct", "Calvin Williams")]),
    # a quote ended by a question mark before a new sentence is not that sentence's
    ('Writer Neil Cope, from West Sussex, asked of the war: "Thousands of people died - how do you manage to '
     'sleep at night?" London teacher Diane Grant said that the answer was weak.',
     [('"Thousands of people died', "direct", "Neil Cope")]),
    # a main verb the parser hung on a noun of a long relative clause has the sentence's opening name as subject
    ("Dan Moss, who served as Jeb Bush's chief strategist during the 2016 campaign, called Trump's remarks on "
     'Sunday "reckless."', [("Trump's remarks", "mixed", "Dan Moss")]),
    # a quote set off by dashes is the words of the clause before it, not of the clause after it
    ("When Mayor Tom Hale finally wrapped up — “I will fight for you, and I will win for you!” — the balloons "
     "cascaded down on the crowd.", [("“I will fight for you", "direct", "Tom Hale")]),
    # spaces between a colon lead-in and its quote do not hide the lead-in
    ('Mayor Tom Hale could "do some kind of executive order or something," said Mark Loomis, president of the '
     'police union. Hale resisted:  "Mayors do not have the power to suspend constitutional rights."',
     [('"Mayors do not have the power', "direct", "Hale")]),
    # a place named before a colon is no speaker; an agent named there is
    ('The agency has not been forthcoming about the threat.\n\nAs reporter Tom Hale wrote after the police '
     'abandoned the crime scene in San Bernardino:\n\n"The government has done almost nothing with the evidence '
     'it recovered in the raid."', [('"The government has done', "direct", "Tom Hale")]),
    ("The debate turned to pay. Mr Blair then faced the question posed by Brighton nurse Marion Brown:  "
     '"Would you wipe somebody\'s backside for five pounds?"', [('"Would you wipe', "direct", "Marion Brown")]),
    ('Reaction came quickly from Mayor Ann Cole: "This is a disgrace and we will fight it."',
     [('"This is a disgrace', "direct", "Ann Cole")]),
    ('There were fresh reports from Syria: "The city has fallen and the army has left."',
     [('"The city has fallen', "direct", None)]),
    ('Reaction came quickly from Monday: "This is a disgrace and we will fight it."',
     [('"This is a disgrace', "direct", None)]),
    # a linking verb before a colon gives its subject, whatever clause the parser made of it; not "this"
    ("The board ruled on Monday.\n\nAs if addressing the tycoon directly, the Indiana Board of Elections was "
     "conclusive in its findings: “Further discussion on this issue is unnecessary.”",
     [("“Further discussion", "direct", "Indiana Board of Elections")]),
    ('Lawyers filed more claims. For Tom Hale, this is progress:  "That is the whole point of the thing. I can see '
     'that happening a lot more."', [('"That is the whole point', "direct", None)]),
    # the verb the parser hung a quote of several sentences on, after a comma, attributes it
    ("Earlier this week, Mayor Ann Cole shared a bit of her anxiety with an audience at a fundraiser in the "
     "Hamptons, “I do not know which opponent will show up. Maybe he will try to be serious.”",
     [("“I do not know", "direct", "Ann Cole")]),
    # an ended quote is its lead-in's, not the next sentence's (``was endorsed by X``)
    ("On Thursday, Cruz won an endorsement from Senator Mike Lee, who declared in the spin room, “I am sending the "
     "signal that it is time to unite.” Cruz was also endorsed the day before by former rival Carly Fiorina.",
     [("“I am sending the signal", "direct", "Mike Lee")]),
    # a role speaking is not someone its quote names in the third person
    ('Striker Lars Holm said the team would understand if Tom Berg stayed away. "It would be fantastic to have '
     'Berg back on the bench," said the European champion.', [('"It would be fantastic', "direct", "Lars Holm")]),
    # a view a verb's subject voices is theirs; one it causes has no named holder
    ("The unions expressed fears that the plant would close before the end of the year.",
     [("that the plant would close", "indirect", "The unions")]),
    ("The rise in oil prices has sparked hopes that drivers may switch to smaller cars next year.",
     [("that drivers may switch", "indirect", None)]),
    # a cue in a subordinate clause that reports words of its own does not attribute the quote after it
    ('When a voter asked about it, "We are not giving up!" Smith told the crowd.',
     [('"We are not giving up!"', "direct", "Smith")]),
    ('As the crowd chanted his name, "We are going to win!" Trump told supporters.',
     [('"We are going to win!"', "direct", "Trump")]),
    ('After Jones said the race was over, "Are you kidding me?" Smith asked reporters.',
     [('"Are you kidding me?"', "direct", "Smith")]),
    # but it still does when no cue follows the quote
    ('As Smith told the rally that the fight was not over, "We will win this!" Supporters cheered loudly.',
     [('"We will win this!"', "direct", "Smith")]),
    ('As Senator Ann Cole promised to cut taxes, "Every family will keep more of its money!" The crowd roared.',
     [('"Every family will keep', "direct", "Ann Cole")]),
    # one that leaves its words to the quote does (``As X said, "…"``)
    ('As Obama said in 2008, "We are the ones we have been waiting for."',
     [('"We are the ones', "direct", "Obama")]),
    # a dash-set quote is the lead-in's, not the next clause's
    ('When Smith spoke — "I will fight for you every day!" — Jones laughed.',
     [('"I will fight for you every day!"', "direct", "Smith")]),
    # a sentence after a question that has an object of its own starts a new statement
    ('The mayor spoke for an hour. "Is this really fair to the voters?" Her critics cited the latest poll.',
     [('"Is this really fair to the voters?"', "direct", None)]),
    # an object of "question" that is no person is no hearer
    ('The mayor spoke for an hour. "Is this really going to work?" Economists questioned the cost estimates.',
     [('"Is this really going to work?"', "direct", None)]),
    # a subjectless speech verb hung on a reported clause goes on with the reporter, not the report's subject
    ("The builder said the profit was below expectations but stressed that the majority of its projects were "
     "performing strongly.", [("that the majority of its projects were performing strongly", "indirect", "The builder")]),
    ("Acme Foods said accounting errors had forced the delay, adding that its board made the decision.",
     [("that its board made the decision", "indirect", "Acme Foods")]),
    # also when hung on the second verb of the report
    ("Tom Hale pushed back on the claims on Thursday, saying that the bill had the right safeguards but was sunk "
     "by voter anger - and arguing that he and Cole shared most of the same views on trade.",
     [("that he and Cole shared most of the same views on trade", "indirect", "Tom Hale")]),
    # but a conjunct with a subject of its own is a new report: the verb hung on it goes on with that subject
    ("Smith said the bill passed easily and Governor Jones praised the vote, adding that it was long overdue.",
     [("the bill passed easily", "indirect", "Smith"), ("that it was long overdue", "indirect", "Jones")]),
    # a conjunct whose subject is a common noun is still the first speaker's report
    ("Police said the driver fled and officers gave chase, adding that no one was hurt.",
     [("that no one was hurt", "indirect", "Police")]),
    ('Jones said the plan was flawed and voters would reject it, calling it "a disaster".',
     [("a disaster", "mixed", "Jones")]),
    # a passive participle of an intention cue on a noun: the noun is what is expected, the source goes unnamed
    ("Ohio is among the states expected to be most pivotal on Election Day.",
     [("to be most pivotal on Election Day", "indirect", None)]),
    # a relative clause that only describes the speaker does not take over the next paragraph's quote
    ('"Far fewer voters here know the senator than did eight years ago," said Tom Rowe, a longtime ally of '
     'Governor Ann Fox, who has known the family for decades.\n'
     '"The population here has changed. I think she will carry the state, but not by the same margin."',
     [('"Far fewer voters', "direct", "Tom Rowe"), ('"The population here has changed', "direct", "Tom Rowe")]),
    # a quote opening the report and carried on in unquoted words before the cue: the whole clause is reported
    ('"Troops on the ground" would be the right answer, Senator Ann Fox said after the attacks.',
     [('"Troops on the ground" would be the right answer', "mixed", "Ann Fox")]),
    # a crowd's chant is its own words, not those of the speaker it answers
    ('As Mayor Tom Hale attacked his rival, the crowd chanted, "Out, out, out!" as it had for earlier speakers.',
     [('"Out, out, out!"', "direct", "the crowd")]),
    # a passive cue's agent speaks, not its subject
    ('Governor Tom Hale was criticized by Senator Ann Fox for "wasting millions on a bridge to nowhere."',
     [("wasting millions", "mixed", "Ann Fox")]),
    # a medium that quotes someone as saying relays the words: the one quoted speaks
    ("The Financial Times quoted a senior official as saying that the talks had collapsed.",
     [("that the talks had collapsed", "indirect", "a senior official")]),
    ("The newspaper cited sources close to the minister as saying she would resign.",
     [("she would resign", "indirect", "sources close to the minister")]),
    ("Mr Johnson was quoted by the Sun as saying that he would stay.",
     [("that he would stay", "indirect", "Johnson")]),
    # ... but a verb conjoined to a passive shares its subject
    ("As the crowd began to chant, Silverman was joined on stage again by Minnesota Sen. Al Franken and joked, "
     "“Bernie or Bust people, you’re being ridiculous,” drawing loud jeers.",
     [("Bernie or Bust people", "direct", "Silverman")]),
    ("FBI officials were angered by the deal and predicted it would affect the outcome of other cases.",
     [("it would affect the outcome", "indirect", "FBI officials")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_quotes(nlp, text, expected):
    found = _found(nlp, text)
    for fragment, kind, speaker in expected:
        assert _has(found, fragment, kind, speaker), (fragment, found)


def _parsed(nlp, text, rows):
    """``text`` with a given parse (``word POS TAG dep head lemma entity``), run through
    ``news_quotes`` alone: pins a parse the model gives only to some wordings."""
    doc = _parsed_doc(nlp, text, rows)
    return [(text[q["start"]:q["end"]], q["kind"], q["speaker_canonical"]) for q in doc._.quotes]


def _parsed_doc(nlp, text, rows):
    """The Doc of :func:`_parsed`, after ``news_quotes``."""
    words, spaces, end = [], [], 0
    for row in rows:
        start = text.index(row[0], end)
        end = start + len(row[0])
        words.append(row[0])
        spaces.append(text[end:end + 1] == " ")
    doc = Doc(nlp.vocab, words=words, spaces=spaces, pos=[r[1] for r in rows], tags=[r[2] for r in rows],
              deps=[r[3] for r in rows], heads=[r[4] for r in rows], lemmas=[r[5] for r in rows],
              ents=[r[6] for r in rows])
    return nlp.get_pipe("news_quotes")(doc)


PARSED = [
    # the subject after a dash-set aside that the parser ended with its last name
    ("In the memo - sent to the mayor, Tom Reed - the Ohio Democrat said that the plan would fail.",
     [("In", "ADP", "IN", "prep", 15, "in", "O"), ("the", "DET", "DT", "det", 2, "the", "O"),
      ("memo", "NOUN", "NN", "pobj", 0, "memo", "O"), ("-", "PUNCT", "HYPH", "punct", 4, "-", "O"),
      ("sent", "VERB", "VBN", "acl", 2, "send", "O"), ("to", "ADP", "IN", "prep", 4, "to", "O"),
      ("the", "DET", "DT", "det", 7, "the", "O"), ("mayor", "NOUN", "NN", "pobj", 5, "mayor", "O"),
      (",", "PUNCT", ",", "punct", 15, ",", "O"), ("Tom", "PROPN", "NNP", "compound", 10, "Tom", "B-PERSON"),
      ("Reed", "PROPN", "NNP", "nsubj", 15, "Reed", "I-PERSON"), ("-", "PUNCT", ",", "punct", 10, "-", "O"),
      ("the", "DET", "DT", "det", 14, "the", "O"), ("Ohio", "PROPN", "NNP", "compound", 14, "Ohio", "B-GPE"),
      ("Democrat", "PROPN", "NNP", "appos", 10, "Democrat", "O"), ("said", "VERB", "VBD", "ROOT", 15, "say", "O"),
      ("that", "SCONJ", "IN", "mark", 20, "that", "O"), ("the", "DET", "DT", "det", 18, "the", "O"),
      ("plan", "NOUN", "NN", "nsubj", 20, "plan", "O"), ("would", "AUX", "MD", "aux", 20, "would", "O"),
      ("fail", "VERB", "VB", "ccomp", 15, "fail", "O"), (".", "PUNCT", ".", "punct", 15, ".", "O")],
     ("that the plan would fail", "indirect", "Ohio Democrat")),
    # a firm's name the parser hung on the speaker across other words is no apposition of it
    ("A shareholder in phone firm MCI sued, hoping to get a better deal.",
     [("A", "DET", "DT", "det", 1, "a", "O"), ("shareholder", "NOUN", "NN", "nsubj", 6, "shareholder", "O"),
      ("in", "ADP", "IN", "prep", 1, "in", "O"), ("phone", "NOUN", "NN", "compound", 4, "phone", "O"),
      ("firm", "NOUN", "NN", "pobj", 2, "firm", "O"), ("MCI", "PROPN", "NNP", "appos", 1, "MCI", "B-ORG"),
      ("sued", "VERB", "VBD", "ROOT", 6, "sue", "O"), (",", "PUNCT", ",", "punct", 6, ",", "O"),
      ("hoping", "VERB", "VBG", "advcl", 6, "hope", "O"), ("to", "PART", "TO", "aux", 10, "to", "O"),
      ("get", "VERB", "VB", "xcomp", 8, "get", "O"), ("a", "DET", "DT", "det", 13, "a", "O"),
      ("better", "ADJ", "JJR", "amod", 13, "well", "O"), ("deal", "NOUN", "NN", "dobj", 10, "deal", "O"),
      (".", "PUNCT", ".", "punct", 6, ".", "O")],
     ("to get a better deal", "indirect", "A shareholder")),
    # a name NER read as a place is a person when "Mr" stands before its surname somewhere in the article
    ('Sundar Wexby said it was fine. Mr Wexby added: "We are ready."',
     [("Sundar", "PROPN", "NNP", "compound", 1, "Sundar", "B-FAC"), ("Wexby", "PROPN", "NNP", "nsubj", 2, "Wexby", "I-FAC"),
      ("said", "VERB", "VBD", "ROOT", 2, "say", "O"), ("it", "PRON", "PRP", "nsubj", 4, "it", "O"),
      ("was", "AUX", "VBD", "ccomp", 2, "be", "O"), ("fine", "ADJ", "JJ", "acomp", 4, "fine", "O"),
      (".", "PUNCT", ".", "punct", 2, ".", "O"), ("Mr", "PROPN", "NNP", "compound", 8, "Mr", "O"),
      ("Wexby", "PROPN", "NNP", "nsubj", 9, "Wexby", "B-GPE"), ("added", "VERB", "VBD", "ROOT", 9, "add", "O"),
      (":", "PUNCT", ":", "punct", 9, ":", "O"), ('"', "PUNCT", "``", "punct", 9, '"', "O"),
      ("We", "PRON", "PRP", "nsubj", 13, "we", "O"), ("are", "AUX", "VBP", "ccomp", 9, "be", "O"),
      ("ready", "ADJ", "JJ", "acomp", 13, "ready", "O"), (".", "PUNCT", ".", "punct", 9, ".", "O"),
      ('"', "PUNCT", "''", "punct", 9, '"', "O")],
     ('"We are ready."', "direct", "Sundar Wexby")),
    # so is a name NER read as a nationality (NORP), as a given name and surname or after "Mr"
    ('Oliver Irish said it was fine. Mr Irish added: "We are ready."',
     [("Oliver", "PROPN", "NNP", "compound", 1, "Oliver", "B-NORP"), ("Irish", "PROPN", "NNP", "nsubj", 2, "Irish", "I-NORP"),
      ("said", "VERB", "VBD", "ROOT", 2, "say", "O"), ("it", "PRON", "PRP", "nsubj", 4, "it", "O"),
      ("was", "AUX", "VBD", "ccomp", 2, "be", "O"), ("fine", "ADJ", "JJ", "acomp", 4, "fine", "O"),
      (".", "PUNCT", ".", "punct", 2, ".", "O"), ("Mr", "PROPN", "NNP", "compound", 8, "Mr", "O"),
      ("Irish", "PROPN", "NNP", "nsubj", 9, "Irish", "B-NORP"), ("added", "VERB", "VBD", "ROOT", 9, "add", "O"),
      (":", "PUNCT", ":", "punct", 9, ":", "O"), ('"', "PUNCT", "``", "punct", 9, '"', "O"),
      ("We", "PRON", "PRP", "nsubj", 13, "we", "O"), ("are", "AUX", "VBP", "ccomp", 9, "be", "O"),
      ("ready", "ADJ", "JJ", "acomp", 13, "ready", "O"), (".", "PUNCT", ".", "punct", 9, ".", "O"),
      ('"', "PUNCT", "''", "punct", 9, '"', "O")],
     ('"We are ready."', "direct", "Oliver Irish")),
    # the subject of a subjectless reported clause, read as the verb's adverbial (a date word), belongs to it
    ("Ann said the days when we met are gone.",
     [("Ann", "PROPN", "NNP", "nsubj", 1, "Ann", "B-PERSON"), ("said", "VERB", "VBD", "ROOT", 1, "say", "O"),
      ("the", "DET", "DT", "det", 3, "the", "B-DATE"), ("days", "NOUN", "NNS", "npadvmod", 1, "day", "I-DATE"),
      ("when", "SCONJ", "WRB", "advmod", 6, "when", "O"), ("we", "PRON", "PRP", "nsubj", 6, "we", "O"),
      ("met", "VERB", "VBD", "relcl", 3, "meet", "O"), ("are", "AUX", "VBP", "auxpass", 8, "be", "O"),
      ("gone", "VERB", "VBN", "ccomp", 1, "go", "O"), (".", "PUNCT", ".", "punct", 1, ".", "O")],
     ("the days when we met are gone", "indirect", "Ann")),
    # a gerund subject the parser read as the speech verb's xcomp (``said having X … puts …``) is the report
    ("Fox said having Hale on the ticket puts them at risk.",
     [("Fox", "PROPN", "NNP", "nsubj", 1, "Fox", "B-PERSON"), ("said", "VERB", "VBD", "ROOT", 1, "say", "O"),
      ("having", "VERB", "VBG", "xcomp", 1, "have", "O"), ("Hale", "PROPN", "NNP", "dobj", 2, "Hale", "B-PERSON"),
      ("on", "ADP", "IN", "prep", 2, "on", "O"), ("the", "DET", "DT", "det", 6, "the", "O"),
      ("ticket", "NOUN", "NN", "pobj", 4, "ticket", "O"), ("puts", "VERB", "VBZ", "ccomp", 2, "put", "O"),
      ("them", "PRON", "PRP", "dobj", 7, "they", "O"), ("at", "ADP", "IN", "prep", 7, "at", "O"),
      ("risk", "NOUN", "NN", "pobj", 9, "risk", "O"), (".", "PUNCT", ".", "punct", 1, ".", "O")],
     ("having Hale on the ticket puts them at risk", "indirect", "Fox")),
    # a capitalised name the tagger read as a common noun, right after the quote, speaks
    ('"Is the new tax negotiable?" Quigley pressed.',
     [('"', "PUNCT", "``", "punct", 2, '"', "O"), ("Is", "AUX", "VBZ", "ROOT", 2, "be", "O"),
      ("the", "DET", "DT", "det", 4, "the", "O"), ("new", "ADJ", "JJ", "amod", 4, "new", "O"),
      ("tax", "NOUN", "NN", "nsubj", 1, "tax", "O"), ("negotiable", "ADJ", "JJ", "acomp", 1, "negotiable", "O"),
      ("?", "PUNCT", ".", "punct", 1, "?", "O"), ('"', "PUNCT", "''", "punct", 1, '"', "O"),
      ("Quigley", "NOUN", "NN", "nsubj", 9, "quigley", "O"), ("pressed", "VERB", "VBD", "ROOT", 9, "press", "O"),
      (".", "PUNCT", ".", "punct", 9, ".", "O")],
     ('Is the new tax negotiable', "direct", "Quigley")),
    # a name the parser attached beside a subjectless conjoined cue verb is its subject
    ("“We acted far too late,” Lund, 61, told NRK.",
     [("“", "PUNCT", "``", "punct", 2, "“", "O"), ("We", "PRON", "PRP", "nsubj", 2, "we", "O"),
      ("acted", "VERB", "VBD", "ROOT", 2, "act", "O"), ("far", "ADV", "RB", "advmod", 4, "far", "O"),
      ("too", "ADV", "RB", "advmod", 5, "too", "O"), ("late", "ADV", "RB", "advmod", 2, "late", "O"),
      (",", "PUNCT", ",", "punct", 2, ",", "O"), ("”", "PUNCT", "''", "punct", 2, "”", "O"),
      ("Lund", "PROPN", "NNP", "npadvmod", 2, "Lund", "B-PERSON"), (",", "PUNCT", ",", "punct", 8, ",", "O"),
      ("61", "NUM", "CD", "appos", 8, "61", "B-DATE"), (",", "PUNCT", ",", "punct", 2, ",", "O"),
      ("told", "VERB", "VBD", "conj", 2, "tell", "O"), ("NRK", "PROPN", "NNP", "dobj", 12, "NRK", "B-ORG"),
      (".", "PUNCT", ".", "punct", 12, ".", "O")],
     ("We acted far too late", "direct", "Lund")),
    # a quoted word read as the verb's inverted subject is never the speaker ("…, "ugh."")
    ('"Many people think the plan is fair," and with that Smith walked off, "ugh."',
     [('"', "PUNCT", "``", "punct", 3, '"', "O"), ("Many", "ADJ", "JJ", "amod", 2, "many", "O"),
      ("people", "NOUN", "NNS", "nsubj", 3, "people", "O"), ("think", "VERB", "VBP", "ROOT", 3, "think", "O"),
      ("the", "DET", "DT", "det", 5, "the", "O"), ("plan", "NOUN", "NN", "nsubj", 6, "plan", "O"),
      ("is", "AUX", "VBZ", "ccomp", 3, "be", "O"), ("fair", "ADJ", "JJ", "acomp", 6, "fair", "O"),
      (",", "PUNCT", ",", "punct", 3, ",", "O"), ('"', "PUNCT", "''", "punct", 3, '"', "O"),
      ("and", "CCONJ", "CC", "cc", 3, "and", "O"), ("with", "ADP", "IN", "prep", 14, "with", "O"),
      ("that", "DET", "DT", "det", 13, "that", "O"), ("Smith", "PROPN", "NNP", "pobj", 11, "Smith", "B-PERSON"),
      ("walked", "VERB", "VBD", "conj", 3, "walk", "O"), ("off", "ADP", "RP", "prt", 14, "off", "O"),
      (",", "PUNCT", ",", "punct", 14, ",", "O"), ('"', "PUNCT", "``", "punct", 18, '"', "O"),
      ("ugh", "PROPN", "NNP", "npadvmod", 14, "ugh", "O"), (".", "PUNCT", ".", "punct", 14, ".", "O"),
      ('"', "PUNCT", "''", "punct", 14, '"', "O")],
     ("Many people think", "direct", None)),
    # a name the parser left off a subjectless cue right after the quote is its speaker:
    # inverted (``said Skelly``, read as an adverb) ...
    ("“Access to the file is valuable,” said Skelly, explaining his work.",
     [("“", "PUNCT", "``", "punct", 6, "“", "O"), ("Access", "NOUN", "NN", "nsubj", 5, "access", "O"),
      ("to", "ADP", "IN", "prep", 1, "to", "O"), ("the", "DET", "DT", "det", 4, "the", "O"),
      ("file", "NOUN", "NN", "pobj", 2, "file", "O"), ("is", "AUX", "VBZ", "ccomp", 9, "be", "O"),
      ("valuable", "ADJ", "JJ", "acomp", 5, "valuable", "O"), (",", "PUNCT", ",", "punct", 9, ",", "O"),
      ("”", "PUNCT", "''", "punct", 9, "”", "O"), ("said", "VERB", "VBD", "ROOT", 9, "say", "O"),
      ("Skelly", "PROPN", "NNP", "advmod", 9, "Skelly", "B-PERSON"), (",", "PUNCT", ",", "punct", 9, ",", "O"),
      ("explaining", "VERB", "VBG", "advcl", 9, "explain", "O"), ("his", "PRON", "PRP$", "poss", 14, "his", "O"),
      ("work", "NOUN", "NN", "dobj", 12, "work", "O"), (".", "PUNCT", ".", "punct", 9, ".", "O")],
     ("Access to the file", "direct", "Skelly")),
    # ... or between the closing mark and the cue, hung on a word inside the quote
    ("“It is not fine,” Gene Sperling, an adviser, said.",
     [("“", "PUNCT", "``", "punct", 13, "“", "O"), ("It", "PRON", "PRP", "nsubj", 2, "it", "O"),
      ("is", "AUX", "VBZ", "ccomp", 13, "be", "O"), ("not", "PART", "RB", "neg", 2, "not", "O"),
      ("fine", "ADJ", "JJ", "acomp", 2, "fine", "O"), (",", "PUNCT", ",", "punct", 2, ",", "O"),
      ("”", "PUNCT", "''", "punct", 2, "”", "O"), ("Gene", "PROPN", "NNP", "compound", 8, "Gene", "B-PERSON"),
      ("Sperling", "PROPN", "NNP", "attr", 2, "Sperling", "I-PERSON"), (",", "PUNCT", ",", "punct", 8, ",", "O"),
      ("an", "DET", "DT", "det", 11, "an", "O"), ("adviser", "NOUN", "NN", "appos", 8, "adviser", "O"),
      (",", "PUNCT", ",", "punct", 8, ",", "O"), ("said", "VERB", "VBD", "ROOT", 13, "say", "O"),
      (".", "PUNCT", ".", "punct", 13, ".", "O")],
     ("It is not fine", "direct", "Gene Sperling")),
    # a name set off before a subjectless cue, apposition and all, is its subject
    ("Alarmed by the unrest, Senator Harry Reid, the minority leader, said that he spoke with Sanders.",
     [("Alarmed", "VERB", "VBN", "advcl", 13, "alarm", "O"), ("by", "ADP", "IN", "agent", 0, "by", "O"),
      ("the", "DET", "DT", "det", 3, "the", "O"), ("unrest", "NOUN", "NN", "pobj", 1, "unrest", "O"),
      (",", "PUNCT", ",", "punct", 0, ",", "O"), ("Senator", "PROPN", "NNP", "compound", 7, "Senator", "O"),
      ("Harry", "PROPN", "NNP", "compound", 7, "Harry", "B-PERSON"),
      ("Reid", "PROPN", "NNP", "conj", 0, "Reid", "I-PERSON"), (",", "PUNCT", ",", "punct", 7, ",", "O"),
      ("the", "DET", "DT", "det", 11, "the", "O"), ("minority", "NOUN", "NN", "compound", 11, "minority", "O"),
      ("leader", "NOUN", "NN", "appos", 7, "leader", "O"), (",", "PUNCT", ",", "punct", 13, ",", "O"),
      ("said", "VERB", "VBD", "ROOT", 13, "say", "O"), ("that", "SCONJ", "IN", "mark", 16, "that", "O"),
      ("he", "PRON", "PRP", "nsubj", 16, "he", "O"), ("spoke", "VERB", "VBD", "ccomp", 13, "speak", "O"),
      ("with", "ADP", "IN", "prep", 16, "with", "O"), ("Sanders", "PROPN", "NNP", "pobj", 17, "Sanders", "B-PERSON"),
      (".", "PUNCT", ".", "punct", 13, ".", "O")],
     ("he spoke with Sanders", "indirect", "Harry Reid")),
    # a set-off ``tells X`` does not invert: X hears, the name the parser hung on the quote speaks
    ("“Yes, I back Tom Hale,” Anna Berg, head of the Farm Council, tells Harbour Radio in an interview.",
     [("“", "PUNCT", "``", "punct", 4, "“", "O"), ("Yes", "INTJ", "UH", "intj", 4, "yes", "O"),
      (",", "PUNCT", ",", "punct", 4, ",", "O"), ("I", "PRON", "PRP", "nsubj", 4, "I", "O"),
      ("back", "VERB", "VBP", "ccomp", 18, "back", "O"), ("Tom", "PROPN", "NNP", "compound", 6, "Tom", "B-PERSON"),
      ("Hale", "PROPN", "NNP", "dobj", 4, "Hale", "I-PERSON"), (",", "PUNCT", ",", "punct", 6, ",", "O"),
      ("”", "PUNCT", "''", "punct", 6, "”", "O"), ("Anna", "PROPN", "NNP", "compound", 10, "Anna", "B-PERSON"),
      ("Berg", "PROPN", "NNP", "appos", 6, "Berg", "I-PERSON"), (",", "PUNCT", ",", "punct", 10, ",", "O"),
      ("head", "NOUN", "NN", "appos", 10, "head", "O"), ("of", "ADP", "IN", "prep", 12, "of", "O"),
      ("the", "DET", "DT", "det", 16, "the", "B-ORG"), ("Farm", "PROPN", "NNP", "compound", 16, "Farm", "I-ORG"),
      ("Council", "PROPN", "NNP", "pobj", 13, "Council", "I-ORG"), (",", "PUNCT", ",", "punct", 10, ",", "O"),
      ("tells", "VERB", "VBZ", "ROOT", 18, "tell", "O"), ("Harbour", "PROPN", "NNP", "compound", 20, "Harbour", "B-ORG"),
      ("Radio", "PROPN", "NNP", "dobj", 18, "Radio", "I-ORG"), ("in", "ADP", "IN", "prep", 18, "in", "O"),
      ("an", "DET", "DT", "det", 23, "an", "O"), ("interview", "NOUN", "NN", "pobj", 21, "interview", "O"),
      (".", "PUNCT", ".", "punct", 18, ".", "O")],
     ("Yes, I back Tom Hale", "direct", "Anna Berg")),
    # a time after a set-off cue is no inverted speaker: the participle's noun speaks
    ('"He must resign at once!" the party nominee, Tom Hale, tweeted Sunday.',
     [('"', "PUNCT", "``", "punct", 3, '"', "O"), ("He", "PRON", "PRP", "nsubj", 3, "he", "O"),
      ("must", "AUX", "MD", "aux", 3, "must", "O"), ("resign", "VERB", "VB", "ccomp", 10, "resign", "O"),
      ("at", "ADP", "IN", "prep", 3, "at", "O"), ("once", "ADV", "RB", "pcomp", 4, "once", "O"),
      ("!", "PUNCT", ".", "punct", 3, "!", "O"), ('"', "PUNCT", "''", "punct", 10, '"', "O"),
      ("the", "DET", "DT", "det", 10, "the", "O"), ("party", "NOUN", "NN", "compound", 10, "party", "O"),
      ("nominee", "NOUN", "NN", "ROOT", 10, "nominee", "O"), (",", "PUNCT", ",", "punct", 10, ",", "O"),
      ("Tom", "PROPN", "NNP", "compound", 13, "Tom", "B-PERSON"),
      ("Hale", "PROPN", "NNP", "appos", 10, "Hale", "I-PERSON"), (",", "PUNCT", ",", "punct", 10, ",", "O"),
      ("tweeted", "VERB", "VBN", "acl", 10, "tweet", "O"), ("Sunday", "PROPN", "NNP", "npadvmod", 15, "Sunday", "B-DATE"),
      (".", "PUNCT", ".", "punct", 10, ".", "O")],
     ("He must resign at once", "direct", "Tom Hale")),
    # a speech verb the tagger read as a noun before a colon opening the quote
    ('It is law. Article 12 affirms: "No state shall close its borders."',
     [("It", "PRON", "PRP", "nsubj", 1, "it", "O"), ("is", "AUX", "VBZ", "ROOT", 1, "be", "O"),
      ("law", "NOUN", "NN", "attr", 1, "law", "O"), (".", "PUNCT", ".", "punct", 1, ".", "O"),
      ("Article", "NOUN", "NN", "nsubj", 6, "article", "O"), ("12", "NUM", "CD", "nummod", 4, "12", "O"),
      ("affirms", "NOUN", "NNS", "ROOT", 6, "affirm", "O"), (":", "PUNCT", ":", "punct", 6, ":", "O"),
      ('"', "PUNCT", "``", "punct", 12, '"', "O"), ("No", "DET", "DT", "det", 10, "no", "O"),
      ("state", "NOUN", "NN", "nsubj", 12, "state", "O"), ("shall", "AUX", "MD", "aux", 12, "shall", "O"),
      ("close", "VERB", "VB", "ccomp", 6, "close", "O"), ("its", "PRON", "PRP$", "poss", 14, "its", "O"),
      ("borders", "NOUN", "NNS", "dobj", 12, "border", "O"), (".", "PUNCT", ".", "punct", 6, ".", "O"),
      ('"', "PUNCT", "''", "punct", 6, '"', "O")],
     ("No state shall close", "direct", "Article 12")),
    # a role set off by commas after the name, which the parser read as a second subject
    ("Nora Vik, outreach coordinator for Fair Trade Watch, said the bank should pay.",
     [("Nora", "PROPN", "NNP", "compound", 1, "Nora", "B-PERSON"), ("Vik", "PROPN", "NNP", "nsubj", 10, "Vik", "I-PERSON"),
      (",", "PUNCT", ",", "punct", 1, ",", "O"), ("outreach", "NOUN", "NN", "compound", 4, "outreach", "O"),
      ("coordinator", "NOUN", "NN", "nsubj", 10, "coordinator", "O"), ("for", "ADP", "IN", "prep", 4, "for", "O"),
      ("Fair", "PROPN", "NNP", "compound", 8, "Fair", "B-ORG"), ("Trade", "PROPN", "NNP", "compound", 8, "Trade", "I-ORG"),
      ("Watch", "PROPN", "NNP", "pobj", 5, "Watch", "I-ORG"), (",", "PUNCT", ",", "punct", 4, ",", "O"),
      ("said", "VERB", "VBD", "ROOT", 10, "say", "O"), ("the", "DET", "DT", "det", 12, "the", "O"),
      ("bank", "NOUN", "NN", "nsubj", 14, "bank", "O"), ("should", "AUX", "MD", "aux", 14, "should", "O"),
      ("pay", "VERB", "VB", "ccomp", 10, "pay", "O"), (".", "PUNCT", ".", "punct", 10, ".", "O")],
     ("the bank should pay", "indirect", "Nora Vik")),
    # an inverted speaker after a cue that also reports its object (``tweeted X``): X speaks the quote
    ('"We have lost our freedom of speech," tweeted a user from Kiel.',
     [('"', "PUNCT", "``", "punct", 3, '"', "O"), ("We", "PRON", "PRP", "nsubj", 3, "we", "O"),
      ("have", "AUX", "VBP", "aux", 3, "have", "O"), ("lost", "VERB", "VBN", "ccomp", 10, "lose", "O"),
      ("our", "PRON", "PRP$", "poss", 5, "our", "O"), ("freedom", "NOUN", "NN", "dobj", 3, "freedom", "O"),
      ("of", "ADP", "IN", "prep", 5, "of", "O"), ("speech", "NOUN", "NN", "pobj", 6, "speech", "O"),
      (",", "PUNCT", ",", "punct", 3, ",", "O"), ('"', "PUNCT", "''", "punct", 10, '"', "O"),
      ("tweeted", "VERB", "VBD", "ROOT", 10, "tweet", "O"), ("a", "DET", "DT", "det", 12, "a", "O"),
      ("user", "NOUN", "NN", "dobj", 10, "user", "O"), ("from", "ADP", "IN", "prep", 12, "from", "O"),
      ("Kiel", "PROPN", "NNP", "pobj", 13, "Kiel", "B-GPE"), (".", "PUNCT", ".", "punct", 10, ".", "O")],
     ("freedom of speech", "direct", "a user from Kiel")),
]


@pytest.mark.parametrize("text,rows,expected", PARSED)
def test_speaker_with_a_given_parse(nlp, text, rows, expected):
    assert _has(_parsed(nlp, text, rows), *expected), _parsed(nlp, text, rows)


def test_parenthetical_cue_between_subject_and_predicate_speaks_for_the_phrase_before_it(nlp):
    # "X, an aide said, ...": the aide speaks about X, who is no apposition of the aide
    quotes = nlp('Mayor Hart, a close aide said, "is very confident about the vote" in the city.')._.quotes
    assert [(q["speaker"], q["speaker_canonical"]) for q in quotes] == [("a close aide", "a close aide")]


@pytest.mark.parametrize("text,speaker", [
    # a speech verb the tagger read as a noun ends the phrase after the quote
    ('The Herald ran an editorial on Sunday. "If the mayor wants another term, he should fix the bridge first," '
     'the editorial read.', "the editorial"),
    ('"The company offers twelve weeks of unpaid leave after one year of service," the handbook states.',
     "the handbook"),
    # a phrase of its own may follow the misread verb
    ('"The company offers twelve weeks of unpaid leave after one year of service," the handbook states in its '
     'first chapter.', "the handbook"),
])
def test_speech_verb_read_as_a_noun_attributes_the_quote(nlp, text, speaker):
    assert [q["speaker"] for q in nlp(text)._.quotes] == [speaker]


def test_attribution_closing_the_sentence_attributes_the_quote(nlp):
    """``"…," the Iowa senator said.`` attributes the quote, not the cue a misparse
    gives its clause (``Nothing the president said "will …"``)."""
    text = ('Senator Ann Lake spoke on the radio after the address. Nothing the president said "will calm the '
            'fears of the farmers," the Iowa senator said.')
    assert [q["speaker"] for q in nlp(text)._.quotes] == ["the Iowa senator"]


def test_fronted_adverbial_hung_on_the_name_is_no_part_of_the_speaker(nlp):
    text = "But on Monday Prime Minister Ann Holt said the plan was fine."
    rows = [("But", "CCONJ", "CC", "cc", 7, "but", "O"), ("on", "ADP", "IN", "prep", 4, "on", "O"),
            ("Monday", "PROPN", "NNP", "pobj", 1, "Monday", "B-DATE"), ("Prime", "PROPN", "NNP", "compound", 4, "Prime", "O"),
            ("Minister", "PROPN", "NNP", "compound", 6, "Minister", "O"), ("Ann", "PROPN", "NNP", "compound", 6, "Ann", "B-PERSON"),
            ("Holt", "PROPN", "NNP", "nsubj", 7, "Holt", "I-PERSON"), ("said", "VERB", "VBD", "ROOT", 7, "say", "O"),
            ("the", "DET", "DT", "det", 9, "the", "O"), ("plan", "NOUN", "NN", "nsubj", 10, "plan", "O"),
            ("was", "AUX", "VBD", "ccomp", 7, "be", "O"), ("fine", "ADJ", "JJ", "acomp", 10, "fine", "O"),
            (".", "PUNCT", ".", "punct", 7, ".", "O")]
    assert [q["speaker"] for q in _parsed_doc(nlp, text, rows)._.quotes] == ["Prime Minister Ann Holt"]


def test_name_hung_on_a_subjectless_cue_speaks(nlp):
    """A name the parser hung on a subjectless cue as a compound speaks, not the
    subject of the clause above (``When Al shouted, “Hi,” Beck joked, “Amen!”``)."""
    text = "When Al shouted, “Hi,” Beck joked, “Amen!”"
    rows = [("When", "SCONJ", "WRB", "advmod", 2, "when", "O"), ("Al", "PROPN", "NNP", "nsubj", 2, "Al", "B-PERSON"),
            ("shouted", "VERB", "VBD", "ROOT", 2, "shout", "O"), (",", "PUNCT", ",", "punct", 2, ",", "O"),
            ("“", "PUNCT", "``", "punct", 2, "“", "O"), ("Hi", "INTJ", "UH", "dobj", 2, "hi", "O"),
            (",", "PUNCT", ",", "punct", 5, ",", "O"), ("”", "PUNCT", "''", "punct", 9, "”", "O"),
            ("Beck", "PROPN", "NNP", "compound", 9, "Beck", "B-PERSON"), ("joked", "VERB", "VBD", "xcomp", 2, "joke", "O"),
            (",", "PUNCT", ",", "punct", 9, ",", "O"), ("“", "PUNCT", "``", "punct", 9, "“", "O"),
            ("Amen", "INTJ", "UH", "intj", 9, "amen", "O"), ("!", "PUNCT", ".", "punct", 2, "!", "O"),
            ("”", "PUNCT", "''", "punct", 2, "”", "O")]
    assert [speaker for quote, _, speaker in _parsed(nlp, text, rows) if "Amen" in quote] == ["Beck"]


def test_known_name_tagged_as_a_noun_speaks(nlp):
    """``Hannity interjected: "…"`` with ``Hannity`` read as a common noun opening the
    sentence: a word of a name seen in the article can still speak."""
    text = 'Sean Hannity spoke. Hannity interjected: "Is that flexible?"'
    rows = [("Sean", "PROPN", "NNP", "compound", 1, "Sean", "B-PERSON"),
            ("Hannity", "PROPN", "NNP", "nsubj", 2, "Hannity", "I-PERSON"),
            ("spoke", "VERB", "VBD", "ROOT", 2, "speak", "O"), (".", "PUNCT", ".", "punct", 2, ".", "O"),
            ("Hannity", "NOUN", "NN", "nsubj", 5, "hannity", "O"),
            ("interjected", "VERB", "VBD", "ROOT", 5, "interject", "O"), (":", "PUNCT", ":", "punct", 5, ":", "O"),
            ('"', "PUNCT", "``", "punct", 8, '"', "O"), ("Is", "AUX", "VBZ", "ccomp", 5, "be", "O"),
            ("that", "PRON", "DT", "nsubj", 8, "that", "O"), ("flexible", "ADJ", "JJ", "acomp", 8, "flexible", "O"),
            ("?", "PUNCT", ".", "punct", 8, "?", "O"), ('"', "PUNCT", "''", "punct", 8, '"', "O")]
    assert [speaker for _, _, speaker in _parsed(nlp, text, rows)] == ["Hannity"], _parsed(nlp, text, rows)


def test_entity_run_over_a_clause_names_no_one(nlp):
    """NER sometimes runs one entity over a clause (``Walsh assured Miller`` as a
    WORK_OF_ART); the speaker is the name, not that span."""
    text = "“Your show is terrific,” Walsh assured Miller."
    rows = [("“", "PUNCT", "``", "punct", 3, "“", "O"), ("Your", "PRON", "PRP$", "poss", 2, "your", "O"),
            ("show", "NOUN", "NN", "nsubj", 3, "show", "O"), ("is", "AUX", "VBZ", "ccomp", 8, "be", "O"),
            ("terrific", "ADJ", "JJ", "acomp", 3, "terrific", "O"), (",", "PUNCT", ",", "punct", 8, ",", "O"),
            ("”", "PUNCT", "''", "punct", 8, "”", "O"), ("Walsh", "PROPN", "NNP", "nsubj", 8, "Walsh", "B-WORK_OF_ART"),
            ("assured", "VERB", "VBD", "ROOT", 8, "assure", "I-WORK_OF_ART"),
            ("Miller", "PROPN", "NNP", "dobj", 8, "Miller", "I-WORK_OF_ART"), (".", "PUNCT", ".", "punct", 8, ".", "O")]
    assert [q[2] for q in _parsed(nlp, text, rows)] == ["Walsh"]


def test_object_of_a_conjoined_cue_is_no_inverted_speaker(nlp):
    # "and criticizing X": X is what is criticised, never who speaks
    doc = nlp("The mayor unveiled a radio advert featuring nurses telling their own stories and criticizing "
              "the council budget cuts.")
    assert all(q["speaker"] != "the council budget cuts" for q in doc._.quotes), doc._.quotes


@pytest.mark.parametrize("text", [
    "Most games need a credit card, but I do not think parents know what their children are getting into.",
    "You say the plan will fail, but the figures for the harbour show it is working.",
])
def test_first_and_second_person_speakers_are_unresolved_pronouns(nlp, text):
    quote = next(q for q in nlp(text)._.quotes if q["speaker"] in ("I", "You"))
    assert (quote["speaker_kind"], quote["speaker_canonical"], quote["speaker_entity_id"]) \
        == ("pronoun", quote["speaker"], None)


@pytest.mark.parametrize("text,speaker,canonical", [
    # a list of speakers stays whole, also across commas and without a floating "both"
    ("Oxfam, Christian Aid and Save the Children all said the trade deal did not go far enough.",
     "Oxfam, Christian Aid and Save the Children", "Oxfam, Christian Aid and Save the Children"),
    # named people in a list: their canonical names joined, no single entity
    ("Former governor Ed Hale and party chairman Ruth Moss both said the vote would be close.",
     "Former governor Ed Hale and party chairman Ruth Moss", "Ed Hale and Ruth Moss"),
])
def test_list_of_speakers(nlp, text, speaker, canonical):
    quotes = nlp(text)._.quotes
    assert [(q["speaker"], q["speaker_canonical"], q["speaker_entity_id"]) for q in quotes] \
        == [(speaker, canonical, None)]


@pytest.mark.parametrize("text,speaker", [
    ("Sanders’ campaign says it raised more than $21 million in January.", "Sanders’ campaign"),
    ("Sanders' campaign says it raised more than $21 million in January.", "Sanders' campaign"),
])
def test_possessive_apostrophe_stays_in_the_speaker(nlp, text, speaker):
    # a curly apostrophe is a closing quote mark too, which ends a speaker phrase; not when it marks a possessive
    assert [q["speaker"] for q in nlp(text)._.quotes] == [speaker]


@pytest.mark.parametrize("text,canonical", [
    # "the company" is the organisation the article is about (a subject named last), not the last one named
    ("Halden Motors struck a deal with Brightwell Bank on Monday. The agreement was reviewed by lawyers at "
     "Norrland Capital. The company said the deal would close in March.", "Halden Motors"),
    # an organisation named inside the phrase is the one meant
    ('Union leaders met the board of Halden Motors in Oslo on Monday. "The plant will stay open," said a '
     'spokesman, as reported by the Reuters news agency.', "Reuters"),
    # a noun that is the head word of an organisation's name refers to it, a subject first
    ("Leaders of the Nordic Light Party met the Oslo City Council on Monday. The party said taxes would fall.",
     "Nordic Light Party"),
    # "concern" is a company in business copy
    ("Shares of Halden Motors Inc. rose sharply. The car concern said all conversion rights on the stock will end "
     "on Nov. 30.", "Halden Motors Inc."),
])
def test_organisation_nominal_speaker(nlp, text, canonical):
    assert [q["speaker_canonical"] for q in nlp(text)._.quotes] == [canonical]


@pytest.mark.parametrize("text,canonical", [
    ("A study by the Nordic Housing Institute found that rents in Oslo rose faster than wages.",
     "Nordic Housing Institute"),
    ("A report released on Monday by the Harbour Trust says the ferry service loses money every winter.",
     "Harbour Trust"),
    ("The letter, from the Norwegian Ministry of Transport, says the bridge will be finished in May.",
     "Norwegian Ministry of Transport"),
    ("Data collected by the Harbour Trust suggests that fewer ferries are running late this winter.",
     "Harbour Trust"),
    # the one who obtained a document is not its author
    ("A letter obtained by the Oslo Gazette says the bridge will be finished in May.", None),
    # a maker named before the work, or an organisation before the source it is
    ("A Harbour Trust report says the ferry service loses money every winter.", "Harbour Trust"),
    ("The Nordic Housing Institute's survey found that rents in Oslo rose faster than wages.",
     "Nordic Housing Institute"),
    ("The Oslo Gazette newspaper said the bridge would be finished in May.", "Oslo Gazette"),
    # a person before a body is no maker of it, nor a party its members
    ("The Obama administration said it would appeal the ruling.", None),
    ("Labour members said the leadership had lost touch with voters.", None),
])
def test_work_given_as_source_speaks_for_its_author(nlp, text, canonical):
    """``a study by X``: the speaker phrase stays, and the canonical speaker is its author."""
    quotes = nlp(text)._.quotes
    assert [q["speaker_kind"] for q in quotes] == ["nominal"]
    assert quotes[0]["speaker_entity_id"] is None if canonical is None else quotes[0]["speaker_canonical"] == canonical


@pytest.mark.parametrize("text,canonicals", [
    # NER tags no entity on "Mr Cable" here
    ('Lib Dem Treasury spokesman Vincent Cable said the figures were worrying. '
     '"Banks are very aggressively promoting debt," Mr Cable told BBC News.',
     ["Vincent Cable", "Vincent Cable"]),
    # the parser makes "President" the head and conjoins the name to it
    ("Nordic Radio Vice President for news and talk Erik Lund called the show “the conservative news show "
     "of record.”", ["Erik Lund"]),
])
def test_speaker_name_ner_missed_at_the_head(nlp, text, canonicals):
    """A surname NER missed links to the person named in full before it; a title
    whose name the parser hung beside it is that person."""
    quotes = nlp(text)._.quotes
    assert [q["speaker_canonical"] for q in quotes] == canonicals
    assert len({q["speaker_entity_id"] for q in quotes}) == 1


@pytest.mark.parametrize("text,canonicals", [
    ("A Halden Motors spokesman said the plant would stay open.", ["Halden Motors"]),
    # a later "she" is the spokeswoman, who speaks for the firm
    ("A spokeswoman for Halden Motors said the plant would stay open. She added that no jobs would go.",
     ["Halden Motors", "Halden Motors"]),
    ("Mr Blair's official spokesman said the prime minister was confident.", ["Blair"]),
    # or one the phrase refers to
    ("Halden Motors cut 300 jobs on Monday. A spokesman for the firm said the plant would stay open.",
     ["Halden Motors"]),
    # a spokesman of no one named stays as he is
    ("A spokesman said the plant would stay open.", ["A spokesman"]),
])
def test_spokesperson_speaks_for_whom_the_phrase_names(nlp, text, canonicals):
    """``a BBC spokesman``, ``a spokesman for Dell``: the organisation or person spoken for."""
    assert [q["speaker_canonical"] for q in nlp(text)._.quotes] == canonicals


@pytest.mark.parametrize("text,canonicals", [
    ("The European Commission fined the firm on Monday. The commission said the fine was fair.",
     ["European Commission"]),
    ("The Food and Farming Organisation urged the World Trade Organisation to act quickly. "
     "According to the organisation, tariffs hurt poor farmers.",
     ["Food and Farming Organisation", "Food and Farming Organisation"]),
    # or the one the noun described when it was named
    ("Irish publishing group Halden Media bought a stake in Oslo Radio on Monday. Oslo Radio broadcasts to most of "
     "Norway. The group said its results would meet forecasts.", ["Halden Media"]),
    # a firm NER took for a person is an organisation "it" refers to
    ("Late last year, marketing company Doubleclick warned that some of its business would have to be sold. "
     "During the same quarter, Yahoo earned $187m. But on Thursday, Doubleclick said that profits rose. "
     "It added that sales were up.", ["Doubleclick", "Doubleclick", "Doubleclick"]),
])
def test_head_word_of_a_name_refers_to_it(nlp, text, canonicals):
    """``the commission`` after ``the European Commission``: the organisation named by that word."""
    assert [q["speaker_canonical"] for q in nlp(text)._.quotes] == canonicals


@pytest.mark.parametrize("text,canonicals", [
    ("A study by the Nordic Housing Institute found that rents in Oslo rose faster than wages. "
     "The research also showed that fewer young people own a home.",
     ["Nordic Housing Institute", "Nordic Housing Institute"]),
    # "it" after a work goes to the work's author
    ("Ms Halvorsen's statement said the plant would close in May. It added that workers would be paid until June.",
     ["Halvorsen", "Halvorsen"]),
    # a new report without an author is not the survey named before
    ("A survey by the Harbour Trust found that ferries run late. A new report says fares will rise next year. "
     "The report said the cost of fuel was to blame.",
     ["Harbour Trust", "A new report", "The report"]),
])
def test_definite_work_refers_back_to_its_author(nlp, text, canonicals):
    """``The survey said``: the work named before with its author speaks for that author."""
    assert [q["speaker_canonical"] for q in nlp(text)._.quotes] == canonicals


@pytest.mark.parametrize("text,negated", [
    ("Harbour minister Ann Lake did not say whether the old shipyard would close next year.", True),
    ("Mr Holt has not said how much the new stadium will cost the city.", True),
    ("The ferry company failed to tell its shareholders that the new boats would be late.", True),
    ("Mr Holt refused to say whether the new stadium would be finished next year.", True),
    ("Harbour minister Ann Lake said the old shipyard would close next year.", False),
    # a speaker who is no one
    ("Neither regulator estimated how much money might be needed for the rescue.", True),
    ("No official said the plan for the new harbour would be dropped.", True),
    ("No-one knows what mood France will be in after the vote.", True),
    # ... not "No 10", "world No 1" or "the No campaign"
    ("A No 10 spokesman said the prime minister had full confidence in the minister.", False),
    ("The world No 1 said he was still struggling with his back injury.", False),
    ("The No campaign said the result of the vote was a defeat for the government.", False),
    # a cue noun denied; but a doubt denied affirms
    ("The firms questioned had no idea that confidential information was leaking.", True),
    ("Sharpton left no doubt that he would endorse a candidate in this year's contest.", False),
])
def test_negated_cue_is_flagged(nlp, text, negated):
    assert [q["negated"] for q in nlp(text)._.quotes] == [negated]


@pytest.mark.parametrize("text,cue_type", [
    ("The mayor said the ferry would run again in May after the repairs.", "speech"),
    ("According to the harbour board, the ferry will run again in May after the repairs.", "speech"),
    ("Ann Lee: The ferry will run again in May after the repairs are finished.", "speech"),
    ("The mayor wants to close the old harbour by the end of next year.", "intention"),
    ("The mayor promised to cut ferry fares for pensioners by half next year.", "speech"),
    ("Fuel prices are expected to rise again before the start of winter.", "intention"),
    ("The harbour board wants Congress to act on the ferry subsidies before the summer.", "intention"),
    ("It is expected the ferry company will raise fares again in the spring.", "intention"),
    ("The ministry announced its plan to cut the agency's staff by a quarter next year.", "intention"),
    ("Shareholders welcomed the decision by Halden Foods to move its headquarters to Oslo next year.", "intention"),
    ("Forecasts predict that fares will rise by ten percent before the end of the year.", "evidence"),
    ("Two new polls show Ann Lee up by ten points in the race for mayor of Bergen.", "evidence"),
    ("Surveys also show that people are spending more on ferry tickets this year.", "evidence"),
    ("The register shows that the former minister earned up to 80,000 pounds a year from speeches.", "evidence"),
    ("The young striker has shown that he can control a game from midfield this season.", "stance"),
    ("The mayor attacked the harbour board for its handling of the ferry contract.", "stance"),
    ("Ann Lee has called for a public inquiry into the collapse of the harbour wall.", "stance"),
    ("Senator Ann Fox endorsed Tom Hale on Monday.", "stance"),
    ("Reporters asked the mayor whether the ferry would run again in May.", "question"),
    ('The ferry stopped. "We will run again in May, once the repairs are finished and paid for."', None),
    # a question in the passive is a question, not an intention
    ("The mayor was asked whether the ferry would run again in the winter.", "question"),
    # "a senior figure" is a person, not figures
    ("A senior Labour figure said the party would struggle in the north next year.", "speech"),
])
def test_cue_type_tells_speech_from_wishes_data_and_stances(nlp, text, cue_type):
    """``cue_type`` lets "who said what" keep only what was said."""
    assert [q["cue_type"] for q in nlp(text)._.quotes] == [cue_type]


def test_direct_quote_with_a_borrowed_cue_is_speech(nlp):
    """A direct quote attributed through the sentence before it is what was said,
    whatever that sentence's cue reports."""
    text = 'Ann Lee wants to reopen the link by May. "We are working day and night on it."'
    assert [q["cue_type"] for q in nlp(text)._.quotes] == ["intention", "speech"]


@pytest.mark.parametrize("text,kept", [
    ("Senator Ann Fox endorsed Tom Hale on Monday.", True),
    ("The Lib Dems oppose the plans.", True),
    # the object of a verb that needs a second part is no report by itself
    ("The mayor called Tom Hale on Monday.", False),
    ("The mayor accused Tom Hale on Monday.", False),
])
def test_short_object_of_a_stance_verb_is_kept(nlp, text, kept):
    assert bool(nlp(text)._.quotes) == kept


def test_object_pronoun_is_no_inverted_speaker(nlp):
    """``…, calling it "…"``: a set-off cue's ``it`` is its object, not an inverted subject."""
    text = 'Later, calling it "a disgrace to the whole city."'
    rows = [("Later", "ADV", "RB", "advmod", 2, "later", "O"), (",", "PUNCT", ",", "punct", 2, ",", "O"),
            ("calling", "VERB", "VBG", "ROOT", 2, "call", "O"), ("it", "PRON", "PRP", "dobj", 2, "it", "O"),
            ('"', "PUNCT", "``", "punct", 6, '"', "O"), ("a", "DET", "DT", "det", 6, "a", "O"),
            ("disgrace", "NOUN", "NN", "oprd", 2, "disgrace", "O"), ("to", "ADP", "IN", "prep", 6, "to", "O"),
            ("the", "DET", "DT", "det", 10, "the", "O"), ("whole", "ADJ", "JJ", "amod", 10, "whole", "O"),
            ("city", "NOUN", "NN", "pobj", 7, "city", "O"), (".", "PUNCT", ".", "punct", 2, ".", "O"),
            ('"', "PUNCT", "''", "punct", 2, '"', "O")]
    assert all(speaker is None for _, _, speaker in _parsed(nlp, text, rows)), _parsed(nlp, text, rows)


def test_verb_with_its_own_complement_after_a_closed_quote_does_not_attribute_it(nlp):
    """``"…." So far, the organisers … are already planning on …``: no attribution."""
    text = ('"We had a very good response, mostly from young people." So far, the organisers say the scheme has '
            "worked well, and are already planning on taking it to other regions.")
    assert _found(nlp, text)[0][2] is None, _found(nlp, text)


def test_participle_after_a_quote_takes_the_name_as_its_object(nlp):
    """``"…." Describing Mr X as …, the mother said``: X is described, not the speaker."""
    text = ('"He adores kids. You do not harm what you love." Describing Mr Jackson as "a kind person", '
            "the mother said she feared a harsh verdict.")
    quotes = _found(nlp, text)
    assert quotes[0][0].startswith('"He adores kids') and quotes[0][2] != "Jackson", quotes


NOT_QUOTES = [
    "On Channel 4’s “Morning Talk,” Hale said the bridge would be finished in May.",
    "The agency lifted the “temporary” ban on Monday.",
    "Critics panned the film “Summer of Lies” when it opened in Berlin.",
    "She grew up in a town locals call “the Rock”.",
    "READING LIST—“Harbour museum to close at the end of June,” by the Gazette's Anna Berg: “The museum, "
    "which opened in 1990, will shut its doors for good after the summer season.”",
    "There will be plenty of “grumbling.” The council is unlikely to change course.",
    "Results so far.\n\nLindqvist: 1,204.\n\nOlsen: 988.",
    "OSLO: The city council passed the harbour budget on Monday night.",
    "The agency lifted the “temporary” ban on long-term rentals on Monday.",
    # a title writes short verbs and conjunctions in lower case
    'Jennie Livingston, who directed "Paris is Burning," said the film changed her life.',
    "Dana Reyes Opened Up About Her First Role.\n\nGetty.\n\n“Winter is the New Summer”",
    "The former aide wrote “Why Voting Early is More Important Than Ever.”",
]


@pytest.mark.parametrize("text", ["OSLO: The city council passed the harbour budget on Monday night.",
                                  "Results.\n\nNEW YORK: Shares fell sharply on Monday after the report."])
def test_dateline_before_a_colon_is_no_speaker(nlp, text):
    assert _found(nlp, text) == []


def test_story_in_capitals_keeps_its_quotes(nlp):
    """A wire story written in capitals ends its sentences: not a headline."""
    assert _found(nlp, "THE COMPANY SAID IT EXPECTED PROFITS TO RISE SHARPLY THIS YEAR.") != []


def test_headline_in_capitals_gives_no_cue(nlp):
    """A wire headline set in capitals parses as noise: no quote comes from it, and
    the name it shouts takes its canonical form from the text below."""
    text = "REAGAN SAYS HE WILL VETO THE HIGHWAY BILL\n\nPresident Reagan said he would veto the bill."
    quotes = nlp(text)._.quotes
    assert [(text[q["start"]:q["end"]], q["speaker_canonical"]) for q in quotes] == [("he would veto the bill", "Reagan")]


@pytest.mark.parametrize("text", [
    "After years of delays it is safe to say that this is the most awaited game of all time.",
    "It is hard to say whether the deal will survive the summer.",
    "The BBC launched the Asian Music Awards last year. It appears that the use of 'black' or 'white' in relation "
    "to music makes people feel uncomfortable.",
])
def test_writers_aside_is_no_report(nlp, text):
    """``it is … to say``, ``it appears that``: the writer's own hedge, not a report whose speaker is ``it``."""
    assert _found(nlp, text) == []


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_scare_quotes_and_titles_are_not_quotes(nlp, text):
    assert [q for q in _found(nlp, text) if q[1] != "indirect"] == []


@pytest.mark.parametrize("text", [
    "Striking dockers have called off a walkout planned for the holiday weekend.",
    "The harbour board is still trying to find out who leaked the tender documents.",
    "Engineers were running around trying to figure out what had gone wrong with the pumps.",
    "The hosts found themselves trailing again after a missed penalty in the second half.",
    "The minister found himself struggling to explain how a slower rise in spending was a cut.",
    "Residents saw a sharp rise in burglaries across the northern districts last winter.",
    "The old factory was painted bright red by students from the art college.",
    'The board should consider a "shared regional ticket" for the valley such as those already sold in the north.',
    # a short object reports nothing after a speech verb or as a pronoun
    "The ferry company announced the deal.",
    "Senator Ann Fox attacked him.",
    # a participle set off after an intention verb is the speaker's next act, not what was asked
    "Sanders asked rhetorically, shaking his head no.",
])
def test_cue_verb_in_another_sense_reports_nothing(nlp, text):
    """A particle (``called off``, ``find out``), a reflexive object (``found
    himself``) or, for a perceiving verb, no ``as`` frame (``saw a rise``) gives a
    cue verb a sense that reports no statement."""
    assert _found(nlp, text) == []


def test_list_after_a_colon_is_no_statement(nlp):
    text = ("The team was named on Tuesday.\n"
            "Replacements: R Lee (Bath), D Peel (Sale), M Owen (Leeds), G Rees (Derby).")
    assert _found(nlp, text) == []


def test_multi_paragraph_quote_pieces():
    text = ("“The first part ends here.\n\n“The second part goes on.\n\n"
            "“And here it closes,” he said.")
    pieces = quote_pieces(text)
    assert len(pieces) == 3 and len({p.group for p in pieces}) == 1
    assert text[pieces[-1].start:pieces[-1].end] == "“And here it closes,”"


def test_multi_paragraph_quote_with_paragraphs_run_together(nlp):
    """Scraped text that lost its paragraph breaks keeps the convention: a new
    opening mark after a full stop inside an open quote starts the quote's next paragraph."""
    text = ('The coach kept his options open for the tour. "Our recent results have not been that impressive '
            'but there have been some fine individual performances. "Tom in particular told me how hard the '
            'tour had been and I will take on board his opinions." And forward Ian Reid looks certain to get the call.')
    pieces = quote_pieces(text)
    assert [text[p.start:p.end][:12] for p in pieces] == ['"Our recent ', '"Tom in part']
    assert len({p.group for p in pieces}) == 1
    found = _found(nlp, text)
    assert not any(kind == "indirect" for _, kind, _ in found), found
    assert all(speaker != "Ian Reid" for _, _, speaker in found), found


def test_run_together_paragraph_may_end_inside_a_quote_of_its_own():
    """A paragraph whose sentence ends inside single marks (``?'``) is still a full
    paragraph of the quote, not an unclosed opener to drop."""
    text = ('"Coaches have been told to ask the player \'do you want the wall back?\' "If they say '
            '\'quick\', the referee moves away," Don told the radio.')
    pieces = quote_pieces(text)
    assert [text[p.start:p.end][:9] for p in pieces if not p.single] == ['"Coaches ', '"If they ']
    assert len({p.group for p in pieces if not p.single}) == 1


def test_opener_left_unclosed_ends_a_run_together_quote(nlp):
    """In text whose paragraph breaks were lost, an opener left unclosed before another
    speaker's attribution is dropped, and the next quote is that speaker's, not the
    first one's."""
    text = ('Lee added: "I have been dropped before and nobody blamed me for it. "Of course he will learn from '
            'this. It happens to every young player at some point. Tom Hart is likely to start up front on '
            'Saturday. Club manager Paul Grant said: "Tom is an option but we need a second striker."')
    found = _found(nlp, text)
    assert [(t[:12], speaker) for t, kind, speaker in found if kind == "direct"] == [
        ('"I have been', "Lee"), ('"Tom is an o', "Paul Grant")], found


def test_cue_in_a_clause_on_a_noun_of_the_attribution_does_not_take_the_next_quote(nlp):
    text = ("“Who is the real con man here?” said Murphy, using a term Rubio has used to describe Donald Trump, "
            "on a call with reporters. “Senator Rubio and the Republican Congress produced partisan bills.”")
    found = _found(nlp, text)
    assert [speaker for _, kind, speaker in found if kind == "direct"] == ["Murphy", "Murphy"], found


def test_quote_over_run_together_paragraphs_takes_the_attribution_of_its_last_paragraph(nlp):
    text = ('Sales of gadgets rose by a tenth last year. "This year we will see that come to life in the living '
            'room and beyond. "Some makers will be showing how you can take your films anywhere," said Mr Lowe. '
            'He said the trend would go on.')
    found = _found(nlp, text)
    assert [(t[:12], kind, speaker) for t, kind, speaker in found if kind == "direct"] == [
        ('"This year w', "direct", "Lowe"), ('"Some makers', "direct", "Lowe")], found


def test_one_cue_makes_one_mixed_quote(nlp):
    """Two fragments in one cue's content make one mixed quote, not two overlapping ones."""
    text = ("When someone in the audience shouted, “Taxes,” Beck joked, again using an exaggerated accent, "
            "“Amen, brother! Come on up and get baptized!”")
    spans = sorted((q["start"], q["end"]) for q in nlp(text)._.quotes)
    assert spans and all(end <= start for (_, end), (start, _) in zip(spans, spans[1:])), spans


def test_marks_inside_markup_tags_quote_nothing():
    text = ('One reader wrote:\n\n<tweet author="CityDesk" date="May 2">The bridge is closed again.</tweet>\n\n'
            'The mayor called it "a shame for the whole town."')
    assert [text[p.start:p.end] for p in quote_pieces(text)] == ['"a shame for the whole town."']


def test_quote_left_open_at_paragraph_end_closes_there(nlp):
    text = ("“The harbour must stay open,” said Nora Vik. “Every family here lives from the sea.\n\n"
            "She left the meeting early.")
    found = _found(nlp, text)
    assert _has(found, "Every family here lives from the sea.", "direct", "Nora Vik")
    assert not any("She left" in t for t, _, _ in found)


def test_unbalanced_marks_do_not_derail(nlp):
    text = ("Workers gathered at the “gate on Monday morning.\n\n"
            '"We want our wages," said Joan Miller, a welder.')
    found = _found(nlp, text)
    assert _has(found, "We want our wages", "direct", "Joan Miller")
    assert not any("gate on Monday" in t for t, k, _ in found if k == "direct")


def test_output_is_plain_and_sorted(nlp):
    doc = nlp('"Taxes will rise," Omar Haddad said. Later, Haddad said the plan was fair.')
    quotes = doc._.quotes
    assert quotes and all(set(q) == FIELDS for q in quotes)
    assert [q["start"] for q in quotes] == sorted(q["start"] for q in quotes)
    json.dumps(quotes)
    assert all(q["cue"] == "say" for q in quotes)


NOMINALS = [
    # a role in capitals NER took for a name (MEP as ORG) is still a role
    ("Robert Lund quit the party on Monday and accused it of betraying its voters. "
     "“I am ashamed to have joined the party,” the MEP said.", "Robert Lund"),
    ("Union spokesman Erik Lund met the press on Monday.\n\n“The strike will continue until we get a fair offer,” the spokesman said.",
     "Erik Lund"),
    ("The ambassador to Chile, Laura Benn, met the trade minister. “Relations between our countries are excellent,” the diplomat said.",
     "Laura Benn"),
    # a nominal naming the previous speaker links that speaker too
    ("Mira Olsen met the trade minister on Monday and said the talks went well. "
     "“We expect a deal by the spring,” the diplomat added.", "Mira Olsen"),
    # an abbreviated title is the role (Sen. -> the senator); a modifier tells two senators apart
    ("Florida Sen. Mark Ruiz spoke in Iowa on Monday. Vermont Sen. Tod Breck spoke in Ohio.\n\n"
     "Voters there liked the speeches.\n\n“We will win this state,” the Florida senator said.", "Mark Ruiz"),
    # a role made definite by an organisation's possessive is a role like 'the diplomat'
    ('Ann Berg of the Civic Forum said the change was long overdue. "We need a new law by the summer," '
     "the reform group's general secretary said.", "Ann Berg"),
    # an age stands for a person, and so does a capitalised role after "the"
    ('Kelly Holmes won the 800m final on Sunday.\n"I am delighted," the 34-year-old said after the race.',
     "Kelly Holmes"),
    ('George Galloway spoke at the rally on Monday.\n"I will stand again in the same seat," the Glasgow Kelvin MP said.',
     "George Galloway"),
    # a role opening the paragraph after a speaker's quote goes on with that speaker
    ("Kelly Ayotte said on Monday that she would vote for the nominee.\n\n"
     '"I was at every event," the Republican incumbent said.', "Ayotte"),
    # an organisation nominal ('the firm') links the organisation named last
    ('Shares in Halden Group fell 10% on Monday.\n\n"We will cut 200 jobs at the plant," the firm said.',
     "Halden Group"),
    ('The Electoral Commission published its review of postal voting on Monday.\n\n'
     '"Voters deserve a system they can trust," the watchdog said.', "Electoral Commission"),
    # a profession is a role like any other
    ('Ben Carson spoke in Iowa on Monday. "We will win this state," the retired neurosurgeon said.', "Ben Carson"),
]


@pytest.mark.parametrize("text,person", NOMINALS)
def test_nominal_speaker_links_the_entity(nlp, text, person):
    doc = nlp(text)
    if not Span.has_extension("entity_id"):
        pytest.skip("news_entities not available")
    ids = {e._.entity_id for e in doc.ents if person in e.text}
    quote = next(q for q in doc._.quotes if q["kind"] == "direct")
    assert quote["speaker"].lower().startswith("the ") and quote["speaker_kind"] == "nominal"
    assert person in quote["speaker_canonical"] and quote["speaker_entity_id"] in ids


PRONOUN_SPEAKERS = [
    # "it said" goes to the organisation rather than to a place named in passing since
    ("The Rail Safety Agency published its annual review of the national network on Tuesday morning.\n\n"
     "Delays rose sharply last year at stations across the north of the country, with the worst figures recorded "
     "on commuter lines into the capital during the winter months, when storms brought down power lines and "
     "flooded cuttings. Passengers on some routes waited more than an hour on average for replacement buses, and "
     "ticket refunds doubled compared with the year before, reaching a record level for the third year running. "
     'Engineers also found cracked rails on a busy stretch near the port of Dover.\n\n"The network needs urgent '
     'investment," it said.', "Rail Safety Agency"),
    # a pronoun after a nominal speaker refers to the person the nominal names
    ("Florida Sen. Mark Ruiz spoke in Iowa on Monday.\n\nVoters there liked the speech.\n\n"
     '"We will win this state," the Florida senator said.\n\n"Nobody can stop us now," he added.', "Mark Ruiz"),
    # a reply after a question is the asked person's, not the asker's
    ('Reporter Tom Blake asked Senator Mark Ruiz whether the race was over. '
     '"It is not over until the last vote is counted," he replied.', "Mark Ruiz"),
    # a role in capitals that NER took for a name ('The MEP') is no antecedent: its holder is
    ("Former radio host Daniel Moss has quit the Harbour Party and accused it of betraying its voters.\n\n"
     'The MEP said he was ashamed to have joined the party, which he labelled as a "joke".', "Daniel Moss"),
    # a definite role subject ('the opposition leader') refers back to its holder and is the nearer antecedent
    ("Opposition leader Michael Howard visited Leeds on Friday. Director Tom Hale has followed him for a year. "
     'The opposition leader was asked about critics of his plan for the border. He replied: "That is an '
     'extraordinary proposition."', "Michael Howard"),
    # a subject in the second conjunct of a report is as embedded as the first
    ("Party chairman Peter Lund said on Friday that he had suspended the candidate. Lund said that the claims "
     'would be looked into and Mr Dale may be questioned by the board. "I have not seen the papers yet," he added.',
     "Peter Lund"),
    # an embedded "she" does not make the matrix subject female
    ("Dorin Vale, a pastor in Ohio, told reporters that she was a regular at church. "
     "“We all miss her very much and pray for her family,” he said.", "Dorin Vale"),
    # the subject opening the sentence stays salient when the parser makes its verb a complement
    ("Senator Alan Morrow met voters in Iowa on Friday.\n\nVice President Tod Breck weighed in as well, "
     "telling a radio station on Monday, “Both of them are qualified for the job,” he said.", "Tod Breck"),
    # "as for X, he …" makes X the topic
    # the subject of an embedded clause reporting speech is no salient antecedent
    ("Rep. Brad Sherman joked to the chair that God did not want her to raise rates before May. "
     "“God’s plan is that things rise in the spring,” he said.", "Brad Sherman"),
    # the subject of a complement before its verb ("…, he said") is salient
    ("Senator Alan Morrow spoke on Monday.\n\nIn a memo released on Tuesday, campaign manager Tod Breck "
     "acknowledged that Morrow had won the first contest, which is an outcome, he said, that nobody expected. "
     "“We will fight on in every state,” he said.", "Tod Breck"),
    # the possessor of a main-clause subject is salient
    ("Senator Alan Morrow met voters in Iowa on Friday.\n\nTod Breck's future is still unclear, "
     "but he said last week that he would run. “I am going to win this race,” he said.", "Tod Breck"),
    # a name in apposition to a main-clause subject is salient
    ("Senator Ana Ruiz arrived late on Monday. Her husband, Tomas, is often by her side but has rarely "
     "spoken in public. “We are proud of what she has done for this city,” he said.", "Tomas"),
    # a name NER read as an organisation is a person in apposition to a person noun ('One voter, X, 35')
    ("One voter, Guadalupe Potocacetpl, 35, came to the rally in the gear of a nationalist group. He had "
     'protested at a rally in Phoenix last year.\n\n"I met a lot of supporters, and I liked every reason they '
     'gave," he said.', "Guadalupe Potocacetpl"),
    # "it read" gives a document's words: the document named last, not an organisation
    ("The Medical Association sent a letter to Congress on Monday. The letter cited a study from April.\n\n"
     '"Congress has failed to act, and infants will pay for it," it read.', "The letter"),
    # a plural speaker ("his advisers") is no antecedent of "he"
    ("Peter Quinn wanted the merger with the bank. His advisers said it was too risky. "
     "“We will go ahead with it next spring,” he said.", "Peter Quinn"),
    ("Mr. Kemper spoke first and attacked the plan at length.\n\nAs for Mr. Harlow, he was calm. "
     "“We will wait and see what the committee decides next week,” he said.", "Harlow"),
    # "there is X" introduces X as the topic
    ("Former aides have backed her bid. Her former campaign manager Tom Brandt has been an adviser since May.\n\n"
     "Then there's Mark Delaney.\n\n“It is bewildering that her people are so open about the strategy,” he wrote "
     "last October.", "Mark Delaney"),
    ("Several senators have backed the bill. Senator Tom Brandt has been its loudest supporter.\n\nThere is also "
     "Mark Delaney, a lawyer from Ohio.\n\n“It is a bad bill and it will fail in the courts,” he said.",
     "Mark Delaney"),
    ("Several senators have backed the bill. Senator Tom Brandt has been its loudest supporter.\n\nThere is also "
     "the party treasurer, Mark Delaney, a lawyer from Ohio.\n\n“It is a bad bill and it will fail in the courts,” "
     "he said.", "Mark Delaney"),
    # a direct quote that names someone in the third person is not theirs; a name as a modifier does not count
    ('Lars Holm joined the club in May. Coach Tom Berg has won three titles since then. "Berg has built a '
     'wonderful team here and every player believes in him," he said.', "Lars Holm"),
    ('Donald Trump spoke at the rally on Friday. "The Trump Tower grill makes the best taco bowls in the whole '
     'city," he said.', "Donald Trump"),
    # but a name set beside a common noun there is not (``a word for the referee, Mark Delaney``)
    ('Tom Smith scored twice for the home side. There was also a word for the referee, Mark Delaney. '
     '"He was brilliant today and deserved the praise," he said.', "Tom Smith"),
    # "he added" goes on with the previous quote's speaker, not the subject named since
    ('Coach Tom Berg praised his team after the match. "We were brilliant tonight," Berg said. Striker Lars Holm '
     'scored twice in the second half. "The fans were amazing all night long," he added.', "Tom Berg"),
    # an unnamed speaker described by a person noun is one "he" can refer to
    ('Shares in Halden Motors rose on Monday. "The company appears very committed," said one London-based '
     "broker. He forecast that the takeover bid would succeed.", "one London-based broker"),
    # one taken from a group, once met alone ("the aide"), is one person "he" can refer to
    ("Prime Minister Yasuhiro Nakasone will step down only after tax reform passes, one of his closest aides said "
     "today. The aide, who declined to be identified, said the bills would pass. Nakasone vowed yesterday to press "
     "on with his plan. \"If I were Nakasone, I would close the session in May,\" the aide said. The other option "
     "would be to extend the current session, he said.", "one of his closest aides"),
    # ... but not when the noun gives the other gender
    ("Tony Blair met union leaders on Monday. A Downing Street spokeswoman said the talks had gone well. He said "
     "he was pleased with the outcome.", "Tony Blair"),
]


@pytest.mark.parametrize("text,speaker", PRONOUN_SPEAKERS)
def test_pronoun_speaker_antecedent(nlp, text, speaker):
    quote = next(q for q in nlp(text)._.quotes if (q["speaker"] or "").lower() in ("he", "it"))
    assert speaker in quote["speaker_canonical"], quote


def test_trailing_pronoun_after_a_long_report_keeps_the_subject_in_focus(nlp):
    """A trailing ``he said`` after a long report: the subject of the sentence before is
    in focus from where the report starts, not the last person the earlier report named."""
    text = ("Police chief Tom Harlow said on Friday that the raid was not linked to the inquiry into the bombings.\n\n"
            "He said he could not confirm there was any evidence linking the blasts at the two embassies in the capital "
            "and in the port city to the exiled businessman and alleged main sponsor of the attacks, Omar Haddad, who "
            "now lives in Yemen.\n\n\"Hundreds of people have been interviewed\" and investigators from three countries "
            "will probably need a very long time to compile the evidence in the two bombings before they can reach any "
            "firm conclusion about who planned them, he said.")
    assert nlp(text)._.quotes[-1]["speaker_canonical"] == "Tom Harlow"


def test_person_read_as_organisation_is_a_person(nlp):
    text = ("Senator Alan Morrow spoke at the rally.\n\nFox News’ Bret Baier noticed that no network "
            "cut away. He commented, “That is a remarkable choice by all of them tonight.”")
    with nlp.select_pipes(disable=[n for n in nlp.pipe_names if n.startswith("news_")]):
        doc = nlp(text)
    start = text.index("Fox")
    doc.ents = [doc.char_span(start, text.index(" noticed"), label="ORG")]
    for name in (n for n in nlp.pipe_names if n.startswith("news_")):
        doc = nlp.get_pipe(name)(doc)
    assert doc._.quotes[0]["speaker_canonical"] == "Bret Baier", doc._.quotes


def test_team_read_as_a_person_is_no_antecedent(nlp):
    text = ("Winger Jose Reyes may be homesick. Last year the Gunners bought him from Seville. "
            "“I am happy here and want to win more trophies,” he added.")
    with nlp.select_pipes(disable=[n for n in nlp.pipe_names if n.startswith("news_")]):
        doc = nlp(text)
    doc.ents = [doc.char_span(text.index("Jose"), text.index(" may"), label="PERSON"),
                doc.char_span(text.index("Gunners"), text.index(" bought"), label="PERSON")]
    for name in (n for n in nlp.pipe_names if n.startswith("news_")):
        doc = nlp.get_pipe(name)(doc)
    assert doc._.quotes[0]["speaker_canonical"] == "Jose Reyes", doc._.quotes


def test_club_in_plural_agreement_is_no_antecedent(nlp):
    """``Halford have signed …``: a club the model read as a person is no ``he``."""
    text = ("Halford have signed striker Tom Berg from Leeds on a two-year deal. Halford lost on Saturday. "
            "“I am happy to be here,” he said.")
    with nlp.select_pipes(disable=[n for n in nlp.pipe_names if n.startswith("news_")]):
        doc = nlp(text)
    doc.ents = [doc.char_span(m.start(), m.end(), label=label) for m, label in
                [(re.search(r"^Halford", text), "PERSON"), (re.search("Tom Berg", text), "PERSON"),
                 (re.search("Leeds", text), "GPE"), (re.search(r"(?<=\. )Halford", text), "PERSON")]]
    for name in (n for n in nlp.pipe_names if n.startswith("news_")):
        doc = nlp.get_pipe(name)(doc)
    assert doc._.quotes[0]["speaker_canonical"] == "Tom Berg", doc._.quotes


def test_nominal_in_apposition_to_a_name_takes_the_name(nlp):
    text = ("“What Ryan did is calling out for that kind of moment,” said Tom Rath, a veteran New Hampshire "
            "GOP leader who had endorsed Kasich. “There is nobody else who can do it for the party right now.”")
    assert [q["speaker_canonical"] for q in nlp(text)._.quotes] == ["Tom Rath", "Tom Rath"]



PARTICIPLE_SPEAKERS = [
    # a participle cue's source is the noun it modifies, not the cue's own object
    ("Outside groups supporting Governor Tom Hale have spent millions on television.",
     "Governor Tom Hale", "Outside groups"),
    ("The party paid for radio ads attacking Senator Ann Fox over her record on taxes.",
     "Senator Ann Fox", "radio ads"),
    # so does a participle conjoined to it
    ("The union ran ads featuring teachers describing their classrooms and criticizing the plan to cut school budgets.",
     "the plan to cut school budgets", "teachers"),
    # something issued speaks for its issuer
    ("The farmers union issued a statement saying the new dam would flood their fields.",
     "the new dam would flood", "The farmers union"),
    ("Mayor Tom Hale put out a statement calling the strike a disgrace to the city.",
     "the strike a disgrace", "Mayor Tom Hale"),
    # a sign held up speaks for the holders
    ('Some of his critics waited in the snow to heckle him. Holding signs calling Christie "New Jersey\'s Biggest '
     'Loser," the protesters chanted "Chris Christie: Bad for New Jersey, bad for you."', "Biggest Loser", "the protesters"),
    # a comma-led participle hung inside the reported clause is the reporter's
    ('Even a senior party strategist said the mayor will have to choose whose side she is on, saying, "At some '
     'point she is going to have to come out and say where she stands."', "At some point", "a senior party strategist"),
    # a message sent to people speaks for the sender, not for them
    ("The harbour mayor emailed supporters saying: “The struggle continues and we will win.”",
     "The struggle continues", "The harbour mayor"),
    ('Before the vote, her campaign sent out a text message to supporters saying: "We won because of you."',
     "We won because of you", "her campaign"),
]


@pytest.mark.parametrize("text,content,speaker", PARTICIPLE_SPEAKERS)
def test_participle_cue_speaker(nlp, text, content, speaker):
    quotes = [q for q in nlp(text)._.quotes if content in text[q["start"]:q["end"]]]
    assert [q["speaker"] for q in quotes] == [speaker], nlp(text)._.quotes

TRAILING = [
    # a trailing clause with a cue of its own quotes another report
    ('Ted Reyes said the new plan would fail the city, which he called "a disaster in the making."',
     "the new plan would fail the city", "disaster"),
    ("Anna Berg said the delay helped the mayor, who does not need to prove anything.",
     "the delay helped the mayor", "does not need"),
    ("Paul Stein said he is partial to Ruth Hale, for whom he hosted a dinner in May.",
     "he is partial to Ruth Hale", "dinner"),
    ("Anna Lund said the company would sell the old mill, a building from 1890.",
     "the company would sell the old mill", "building"),
    ("The debate went on.\n\nTom Reyes: We will fix the roads this year. Then we will build the new school.",
     "We will fix the roads this year", "school"),
]


@pytest.mark.parametrize("text,content,tail", TRAILING)
def test_indirect_content_ends_before_trailing_clause(nlp, text, content, tail):
    found = [t for t, k, _ in _found(nlp, text) if k == "indirect"]
    assert any(content in t and tail not in t for t in found), found


REASONS = [
    ("Ken Moss said the new bridge would fail, because the river had moved twice since 1990.",
     "the new bridge would fail, because the river had moved twice since 1990"),
    ('Her lawyer, Dana Wells, wrote in a filing that the request was "pointless," because if any records '
     "remained, the agency now held them.",
     'that the request was "pointless," because if any records remained, the agency now held them'),
    # so does a trailing clause that goes on quoting the speaker
    ('The complaint alleged that the party "failed to implement reasonable data security measures," which led to '
     '"the inadvertent disclosure" of the voter file.',
     'that the party "failed to implement reasonable data security measures," which led to "the inadvertent '
     'disclosure" of the voter file'),
    ('Josh Earnest said three taxes were postponed in the budget deal, depriving the government of $35 billion, '
     '"which sounds like a lot of money to most people."',
     'three taxes were postponed in the budget deal, depriving the government of $35 billion, "which sounds like a '
     'lot of money to most people."'),
    # so does a reason after an object cue's object
    ('Yang Shu called the new border town "a mistake" because so few people live near it.',
     'the new border town "a mistake" because so few people live near it'),
    # a clause of purpose argues the claim as well
    ("Nora Lind said the city should publish its budget early, to avoid another dispute with the unions.",
     "the city should publish its budget early, to avoid another dispute with the unions"),
]


@pytest.mark.parametrize("text,content", [
    # the parser conjoined the attribution to the clause it reports
    ("In nearby Decatur, the old steel plant is hanging on, but it is under intense pressure from cheap imports, "
     "said the company's chief executive, Ann Moss.",
     "In nearby Decatur, the old steel plant is hanging on, but it is under intense pressure from cheap imports"),
])
def test_trailing_attribution_reports_the_clause_before_it(nlp, text, content):
    assert [t for t, _, _ in _found(nlp, text)] == [content]


@pytest.mark.parametrize("text,content", REASONS)
def test_trailing_clause_of_reason_stays_in_the_report(nlp, text, content):
    assert any(t == content for t, _, _ in _found(nlp, text)), _found(nlp, text)


@pytest.mark.parametrize("text,content", [
    ("Senator Ann Fox called for the resignation of the city's police chief on Monday.",
     "the resignation of the city's police chief"),
    ("The mayor called on the council to publish the budget before the vote.",
     "the council to publish the budget before the vote"),
])
def test_object_preposition_belongs_to_the_cue(nlp, text, content):
    assert any(t == content for t, _, _ in _found(nlp, text)), _found(nlp, text)


@pytest.mark.parametrize("text,content", [
    ("Kyle Babb voted for Cruz in 2012. He is leaning toward the governor this time, he said, because he prizes "
     "electability above all.",
     "He is leaning toward the governor this time, he said, because he prizes electability above all"),
    ("The two candidates are now tied in the state, the new poll indicates, with each receiving the support of "
     "40 percent of voters.",
     "The two candidates are now tied in the state, the new poll indicates, with each receiving the support of "
     "40 percent of voters"),
])
def test_statement_goes_on_after_a_parenthetical_cue(nlp, text, content):
    assert any(t == content for t, _, _ in _found(nlp, text)), _found(nlp, text)


WEAK_CUES = [
    ("Senator Ken Udall, who supports eliminating half the delegates, spoke on Monday.", "eliminating"),
    ("The council member, who opposes the new stadium plan, left early.", "stadium"),
    ("The state, whose economy is widely seen as fragile, borrowed more.", "fragile"),
    # a restrictive relative clause with a wish or plan tells who is meant, it reports nothing
    ("A dozen governors who want to run for the presidency will meet in the capital on Monday.", "presidency"),
    # a naming participle gives a name, it reports nothing
    ("Ruth Cole, the founder of a local group called Parents for Safer Streets, spoke first.", "Safer Streets"),
    ("A new campaign called Every Vote Counts will open offices in three states.", "Every Vote"),
]


@pytest.mark.parametrize("text,fragment", WEAK_CUES)
def test_describing_cue_reports_nothing(nlp, text, fragment):
    assert not any(fragment in t for t, _, _ in _found(nlp, text))


@pytest.mark.parametrize("text,fragment,speaker", [
    # a relative clause with a subject of its own reports that subject's view of the noun
    ("Coach Andy Robinson dropped Tom Hale, a player he regards as central to the future of the team.",
     "as central to the future", "Andy Robinson"),
])
def test_relative_clause_with_its_own_subject_reports(nlp, text, fragment, speaker):
    assert _has(_found(nlp, text), fragment, "indirect", speaker), _found(nlp, text)


def _article(prefix):
    return (ROOT / "corpus").glob(f"{prefix}_*.txt").__next__().read_text(encoding="utf-8")


SAMPLES = [
    ("000", "The Chamber rejects Mongolia", "direct", "judges"),
    ("000", "rather a compliance assessment", "mixed", "judges"),
    ("001", "There is no risk of Putin being arrested", "direct", "source"),
    ("001", "There is no worry", "direct", "Dmitry Peskov"),
    ("001", "Russia is not a party to the Rome Statute", "direct", "Maria Zakharova"),
    ("001", "It is hard to imagine", "direct", "Dmitry Peskov"),
    ("001", "hard to even think about", "mixed", "Dmitry Peskov"),
    ("002", "major blow", "mixed", "Georgii Tikhiy"),
    ("002", "Mongolia has allowed a convicted criminal", "direct", "Georgii Tikhiy"),
    ("002", "Mongolia has a duty to cooperate", "mixed", "Fadi Abdallah"),
    ("002", "must arrest", "mixed", "Batdorj"),
    ("002", "has no concerns", "mixed", "Dmitry Peskov"),
    ("002", "Of course, all aspects of the visit", "direct", "Dmitry Peskov"),
    ("003", "President Putin is a fugitive from justice", "direct", "Altantuya Batdorj"),
    ("003", "Any trip to an ICC member state", "direct", "Altantuya Batdorj"),
    ("004", "move to peace talks", "mixed", "Putin"),
]


@pytest.mark.parametrize("prefix,fragment,kind,speaker", SAMPLES)
def test_sample_articles(nlp, prefix, fragment, kind, speaker):
    found = _found(nlp, _article(prefix))
    assert _has(found, fragment, kind, speaker), [f for f in found if fragment in f[0]]


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_sample_articles_report_no_scare_quotes(nlp, prefix):
    for text, kind, _ in _found(nlp, _article(prefix)):
        if kind != "indirect":
            assert len(text.strip("“”‘’\"' .,").split()) > 1, text
            assert "“arrest”" not in text and "‘arrest’" not in text, text


@pytest.mark.skipif(not (SHARED / "bench" / "quotes" / "dev.jsonl").exists(),
                    reason="shared benchmark not available")
def test_benchmark_smoke(nlp):
    with open(SHARED / "bench" / "quotes" / "dev.jsonl", encoding="utf-8") as fh:
        gold = json.loads(fh.readline())
    doc = nlp(gold["text"])
    assert all(0 <= q["start"] < q["end"] <= len(doc.text) for q in doc._.quotes)


CONSTRUCTIONS = [
    ("Senator Ann Fox pointed to the mayor’s record on housing.",
     [("the mayor’s record on housing", "indirect", "Ann Fox")]),
    ("In December, only 24 percent of the voters said so.",
     [("so", "indirect", "only 24 percent of the voters")]),
    ("Sixty percent of Democrats say the same of Sanders.",
     [("the same of Sanders", "indirect", "Sixty percent of Democrats")]),
    ("Most backed the mayor, compared with four in 10 who said they preferred someone with experience.",
     [("they preferred someone with experience", "indirect", "four in 10")]),
    ("Asked about the economy, nearly a third say they do not know.",
     [("they do not know", "indirect", "nearly a third")]),
    ("Voters appear fatigued. More than six in 10 said they were not looking forward to the campaign.",
     [("they were not looking forward to the campaign", "indirect", "More than six in 10")]),
    ("The voters are split on the question. Nearly half said they prefer someone who has experience in politics.",
     [("they prefer someone who has experience in politics", "indirect", "Nearly half")]),
    ("Of the 40 workers, 25 said they would strike on Monday.",
     [("they would strike on Monday", "indirect", "25")]),
    ("A spokesman for the mayor declined to comment.",
     [("to comment", "indirect", "A spokesman for the mayor")]),
    ('Senator Ann Fox thanked the volunteers for "giving up their weekends to fix the school."',
     [('the volunteers for "giving up their weekends to fix the school."', "mixed", "Ann Fox")]),
    ("Mayor Ellen Park hoped that the new bridge would open before winter.",
     [("that the new bridge would open before winter", "indirect", "Ellen Park")]),
    ("Governor Tom Reyes is hoping to cut the state budget by a tenth.",
     [("to cut the state budget by a tenth", "indirect", "Tom Reyes")]),
    ("In her speech, Senator Ana Lutz noted the sharp rise in rents across the city.",
     [("the sharp rise in rents across the city", "indirect", "Ana Lutz")]),
    ("Judge Carl Moody talked about the long delays in the county courts.",
     [("the long delays in the county courts", "indirect", "Carl Moody")]),
    ("“We will see,” Mr. Brand said, referring to the vote on the harbor project.",
     [("“We will see,”", "direct", "Brand"), ("the vote on the harbor project", "indirect", "Brand")]),
    ("Senator Ruth Adler was confident that the bill would pass the House.",
     [("that the bill would pass the House", "indirect", "Ruth Adler")]),
    ("Governor Ben Ortiz rejected the notion that the state had run out of money.",
     [("that the state had run out of money", "indirect", "Ben Ortiz")]),
    ("The mayor refused to say that the budget was balanced.",
     [("that the budget was balanced", "indirect", "The mayor")]),
    ("Mayor Lisa Grant learned that the city had lost the federal grant.",
     [("that the city had lost the federal grant", "indirect", "Lisa Grant")]),
    ("The council met again on Monday.\n\nJohn Hale: The new tax plan will hurt small farms",
     [("The new tax plan will hurt small farms", "indirect", "John Hale")]),
    ("Senator Mia Cole sees the new tariff as a threat to local jobs.",
     [("the new tariff as a threat to local jobs", "indirect", "Mia Cole")]),
    ("Governor Ray Dunn made it clear that he would veto the bill.",
     [("that he would veto the bill", "indirect", "Ray Dunn")]),
    ("As Senator Joan Pike noted, the county has lost half of its clinics.",
     [("the county has lost half of its clinics", "indirect", "Joan Pike")]),
    # a conjoined cue is cut off with its auxiliary; the speaker phrase stops before ``who``
    ("The e-mail came from someone who claimed that he had lost his parents in the flood and was asking for help.",
     [("that he had lost his parents in the flood", "indirect", "someone")]),
    # a report nested in another is part of it, not a quote of its own
    ("Mayor Ana Ruiz said the governor wants to close the old harbor next year.",
     [("the governor wants to close the old harbor next year", "indirect", "Mayor Ana Ruiz")]),
    # a parenthetical cue inside the clause it reports: both sides are the content
    ("The new tax plan, Senator Ann Fox argued, would hurt small farms across the state.",
     [("The new tax plan, Senator Ann Fox argued, would hurt small farms across the state", "indirect", "Ann Fox")]),
    ("In the long run, many economists say, the levy could slow hiring in the region.",
     [("In the long run, many economists say, the levy could slow hiring in the region", "indirect",
       "many economists")]),
    # ... also when the parser hung the clause's opening adverbial on the parenthetical verb
    ("After the court approved the voter law six years ago, Hebert said, most state laws requiring a photo ID "
     "were thought to be safe from challenge.",
     [("After the court approved the voter law six years ago, Hebert said, most state laws requiring a photo ID "
       "were thought to be safe from challenge", "indirect", "Hebert")]),
    # ... but a direct quote split by its attribution stays a direct quote
    ("“The plan is sound,” Senator Ann Fox argued, “and the farms will recover.”",
     [("“The plan is sound,”", "direct", "Ann Fox"), ("“and the farms will recover.”", "direct", "Ann Fox")]),
    # a judgement verb reports its object with the judgement ("deemed X Y", like "called X Y")
    ("The panel deemed the new stadium plan too costly for the city.",
     [("the new stadium plan too costly for the city", "indirect", "The panel")]),
    # a clause before the cue is no report of it when a colon ends it or the cue has its own complement
    ('Even the backers of the plan sounded unsure: Senator Ann Fox called it "the least bad option we have."',
     [('it "the least bad option we have."', "mixed", "Ann Fox")]),
    ("The dynamics of the race began to change in October, when the senator survived a long hearing, Governor "
     "Tom Hale decided not to enter the race and she performed well in the first debate.",
     [("not to enter the race", "indirect", "Tom Hale")]),
    # ... but a hearer is no complement: a parenthetical "X told them" reports its host clause
    ("The solution, the partner told them, was simple.",
     [("The solution, the partner told them, was simple", "indirect", "the partner")]),
    # a quoted fragment in the that-clause of a verb outside the lexicon, with a person-like subject
    ('Senator Ann Fox grumbled that the new mayor was "learning on the job," and the council agreed.',
     [('that the new mayor was "learning on the job,"', "mixed", "Ann Fox")]),
    ('Governor Tom Hale fired back that the "people of this state voted for me twice" for the Senate.',
     [('that the "people of this state voted for me twice" for the Senate', "mixed", "Tom Hale")]),
    # a comment set off by a dash after "according to X" is no part of the host clause;
    # a trailing "according to X" is no part of another cue's content
    ("The mayor is trailing her rival by more than nine points, according to the polling average in the county "
     "- despite winning the primary there in May.",
     [("The mayor is trailing her rival by more than nine points", "indirect", "the polling average in the county")]),
    ("The senator told her that the deal was not that simple, according to an account she gave to a local paper.",
     [("that the deal was not that simple", "indirect", "The senator")]),
    # "warned of/against X": the prepositional object is the warning
    ("Last month, a group of 32 security experts warned of a new kind of fakery after the hack.",
     [("a new kind of fakery", "indirect", "a group of 32 security experts")]),
    # a whole quote followed by "and"/"but" and the writer's words stays a direct quote
    ("Mayor Ruth Hale wrote to her followers, “It is time to end this project for good,” and shared a link to "
     "the council page.", [("“It is time to end this project for good,”", "direct", "Ruth Hale")]),
    ('Mayor Ruth Hale said: "I have said many times that the second bridge was a mistake," but in fact the city '
     'built only one bridge.',
     [('"I have said many times that the second bridge was a mistake,"', "direct", "Ruth Hale")]),
    # a clause the parser made the complement but opened by a time or cause conjunction is no report
    ('"He never reported the loans," Mayor Tom Hale said as some in the crowd booed.',
     [('"He never reported the loans,"', "direct", "Tom Hale")]),
    # a second that-clause conjoined to the report ("X, but that Y") belongs to it
    ("Mayor Ruth Hale said the city needs to fix the bridge and build a new school, but that she would not "
     "support a tax rise.",
     [("the city needs to fix the bridge and build a new school, but that she would not support a tax rise",
       "indirect", "Ruth Hale")]),
    # the first part of the reported clause, read as the verb's object right before it, belongs to it
    ("Aides say the more delegates he takes into the convention, the more leverage he will have.",
     [("the more delegates he takes into the convention, the more leverage he will have", "indirect", "Aides")]),
    # 'refer to X as "Y"': the as-phrase says what X is called and belongs to the report
    ("Ms Lund refers to the new mayor as “our finest builder in decades.”",
     [("the new mayor as “our finest builder in decades.”", "mixed", "Lund")]),
    # a day before the reported clause is the report's time, not its subject
    ("Ms Lund said Sunday the plan is dead.", [("the plan is dead", "indirect", "Lund")]),
    # one reported clause the parser split into two complements of the verb is one report
    ("He said the technology developed in Israel can aid efforts on the border.",
     [("the technology developed in Israel can aid efforts on the border", "indirect", "He")]),
    ("Officials said the men detained could be part of the group.",
     [("the men detained could be part of the group", "indirect", "Officials")]),
    # a subjectless present-tense verb conjoined to a past cue goes on with the report, not the speaker
    ("Ann Fox told reporters that the surveys could be wrong, and have misled voters in past races.",
     [("that the surveys could be wrong, and have misled voters in past races", "indirect", "Ann Fox")]),
    # a that-clause the parser hung on a noun of a phrase after the speech verb is its report
    ("The mayor, a former judge, said in one of a series of messages that the truck was carrying explosives.",
     [("that the truck was carrying explosives", "indirect", "The mayor")]),
    # a finite verb the parser conjoined to the cue's to-infinitive is the speaker's next act
    ("The mayor urged voters to rally around the plan and tried to make the case that the budget was sound.",
     [("to rally around the plan", "indirect", "The mayor"),
      ("that the budget was sound", "indirect", "The mayor")]),
    # a cue conjoined to a participle on the subject ('launched in May and dubbed X') is no cue of the report's
    ('The service, launched in May and dubbed "Tokuban" or "good deal", has taken almost 500,000 orders, Hanabi said.',
     [('The service, launched in May and dubbed "Tokuban" or "good deal", has taken almost 500,000 orders', "mixed",
       "Hanabi")]),
    # "according to" a non-person source; the whole coordination; both sides of a medial phrase
    ("Rents rose by a tenth last year, according to the land registry.",
     [("Rents rose by a tenth last year", "indirect", "the land registry")]),
    ("Ortiz won 41 percent, Lamb had 35 percent and Kerr took 12 percent, according to the county tally.",
     [("Ortiz won 41 percent, Lamb had 35 percent and Kerr took 12 percent", "indirect", "the county tally")]),
    ("The depot, according to one city report, cost $40 million to build.",
     [("The depot, according to one city report, cost $40 million to build", "indirect", "one city report")]),
    # after the host's verb and its arguments, "according to X" ends the report: the writer comments on
    ("The mayor has won 40 of the 60 wards, according to a count by the local paper, but her path to a majority "
     "is narrowing.", [("The mayor has won 40 of the 60 wards", "indirect", "a count by the local paper")]),
    ("Some 40 percent of voters rate the mayor poorly, according to a survey last month - nearly the same as "
     "her rival's 41 percent.",
     [("Some 40 percent of voters rate the mayor poorly", "indirect", "a survey")]),
    # "according to X" right after a relative clause set off by commas sources that clause
    ("The board approved the deal, which would cut the port's fees by half, according to two people at the "
     "meeting.", [("which would cut the port's fees by half", "indirect", "two people at the meeting")]),
    # a cue verb conjoined as the report's second infinitive continues the report
    ("Tom Reyes said the state still has time to step up and show that it cares about the river.",
     [("the state still has time to step up and show that it cares about the river", "indirect", "Tom Reyes")]),
    # a trailing participle after the quote is the speaker's next act, whatever noun the parser hung it on
    ('In another post, Ruth Ames called her rival the "ultimate hypocrite," linking to a report about his travel.',
     [('her rival the "ultimate hypocrite,"', "mixed", "Ruth Ames")]),
    # a verb hosting a short fragment reports up to the speaker's next act or a trailing comment
    ('The mayor offered herself as a "law and order" candidate and made a direct appeal to older voters.',
     [('herself as a "law and order" candidate', "mixed", "The mayor")]),
    ('Union members are crying "fraud" over the ballot, a claim that the company rejects.',
     [('"fraud" over the ballot', "mixed", "Union members")]),
    ('Protesters were shouting "shame" at the minister, who left by a side door.',
     [('"shame" at the minister', "mixed", "Protesters")]),
    # a one-word reply right after "X said," is speech, not a title; a cue reporting only the quote makes it direct
    ('Asked whether he would fire the speechwriter, Priebus said, "Probably."',
     [("whether he would fire the speechwriter", "indirect", None), ('"Probably."', "direct", "Priebus")]),
    ('When the host asked how many, the president replied: "Too many."',
     [('"Too many."', "direct", "the president")]),
    # the subject of a passive "was asked" or "was told" is the hearer, not the speaker
    ('Wheelchair user Kevin Dunn was asked: "Why do you want our elected representatives to be disabled?"',
     [('"Why do you want our elected representatives to be disabled?"', "direct", None)]),
    ("The mayor was told that the bridge would close in May.",
     [("that the bridge would close in May", "indirect", None)]),
    # a clause the parser took for the subject of a final "said X" is still what X said
    ('The vote on the treaty signals "the start of the end" for the union, said Piet Jansen, head of the party.',
     [('The vote on the treaty signals "the start of the end" for the union', "mixed", "Piet Jansen")]),
    # verbs of rebuke and of pledging report their object or infinitive
    ("Senator Ann Fox chided the mayor for closing the library on weekends.",
     [("the mayor for closing the library on weekends", "indirect", "Ann Fox")]),
    ("The governor pledged to rebuild the harbour within two years.",
     [("to rebuild the harbour within two years", "indirect", "The governor")]),
    # what a medium relays before the attribution is the one quoted's
    ("The bank will raise its lending rate next month, a Chinese bank official was quoted by the China Daily "
     "as saying.", [("The bank will raise its lending rate next month", "indirect", "a Chinese bank official")]),
    ("The company expects to return to profit next year, the paper quoted Mr Chernin as saying.",
     [("The company expects to return to profit next year", "indirect", "Mr Chernin")]),
    # the one accused, praised or criticised in the passive is no speaker: the accuser goes unnamed
    ("Former chief executive Tom Hale is on trial, accused of overseeing a large fraud.",
     [("overseeing a large fraud", "indirect", None)]),
    ("Tom Hale was accused of overseeing a large fraud at the bank.",
     [("overseeing a large fraud at the bank", "indirect", None)]),
    ("The four men accused of plotting the attack appeared in court on Monday.",
     [("plotting the attack", "indirect", None)]),
    # ... but a participle between commas without an object is the subject's
    ("Four Britons held at Guantanamo Bay, accused of links to al Qaeda, said they had been mistreated.",
     [("links to al Qaeda", "indirect", None), ("they had been mistreated", "indirect", "Four Britons")]),
    # the agent the parser hung on the noun of the verb's preposition speaks
    ("The airline has been praised for its safety record by the aviation regulator.",
     [("its safety record", "indirect", "the aviation regulator")]),
    # what one leads to call for is a thing, not people: the leader calls
    ("Jesse Jackson led a rally of 5,000 people to call for an end to the war.",
     [("an end to the war", "indirect", "Jesse Jackson")]),
    # a short quote with "is" is a saying, not a title
    ('Arsene Wenger was asked about the defeat. He shrugged: "Arsenal is Arsenal."',
     [('"Arsenal is Arsenal."', "direct", "Arsene Wenger")]),
    # ... but a cause that led someone to speak is no gathering
    ("The collapse of the talks led one analyst to predict that prices would rise.",
     [("that prices would rise", "indirect", "one analyst")]),
    # "deny" with what one may be charged with is a denial
    ("Jones, 24, from Leeds, denies unauthorised access to computer material.",
     [("unauthorised access to computer material", "indirect", "Jones")]),
    # a wish to be named something is no request for anonymity
    ("The striker wants to be named captain of the side when Terry retires.",
     [("to be named captain of the side when Terry retires", "indirect", "The striker")]),
    # a request for anonymity is about the reporting, not a report
    ('"It is not in the interest of the country," one of the officials, who asked not to be identified, told Reuters.',
     [('"It is not in the interest of the country,"', "direct", "one of the officials")]),
    ("The official, who declined to be named, said the talks had failed.",
     [("the talks had failed", "indirect", "The official")]),
    ("A dealer, who asked to remain anonymous, said the bank had sold heavily.",
     [("the bank had sold heavily", "indirect", "A dealer")]),
    # ... also when the parser joined the relaying verb to the clause before it
    ("The foreign ownership issue will be dealt with according to Russia's competition law, natural resources "
     "minister Yuri Trutnev was quoted as saying by the Interfax news agency.",
     [("The foreign ownership issue will be dealt with according to Russia's competition law", "indirect",
       "Yuri Trutnev")]),
    # a hyphenated word the parser split into clauses is never cut
    ("Earlier this month the influential European Legal Affairs Committee (JURI) said the law should be re-drafted "
     "after it failed to win the support of member states.",
     [("the law should be re-drafted after it failed to win the support of member states", "indirect",
       "European Legal Affairs Committee")]),
    ("She said the company would re-enter the market by year-end.",
     [("the company would re-enter the market by year-end", "indirect", "She")]),
    # a cue in another sense reports nothing: "deny" with two objects, "hammer out"
    ("Police denied them entry to the stadium on Saturday.", []),
    ("Rapper Eminem has denied Elvis his fourth number one in a row.", []),
    ("Officials will meet next week to hammer out a rubber pact with producers.", []),
    ("Israel denied the UN envoy access to the camp on Monday.", []),
    ("Burma's junta denied aid workers visas for months.", []),
    # ... also with the particle read as a preposition ("knocking X out of")
    ("Trump delivered a blowout win in Indiana, knocking both Ted Cruz and John Kasich out of the race.", []),
    # a quote's trailing cue hosts nothing after it: that is what the quote was said of
    ('"It would have been a great day," the coach declared of the "Game Against Poverty Tour".',
     [('"It would have been a great day,"', "direct", "the coach")]),
    # a clause after the colon of another verb's adverbial clause is that verb's
    ('"There is a young man having some problems," Cruz said as the heckler yelled: "You suck at this!"',
     [('"There is a young man having some problems,"', "direct", "Cruz"),
      ('"You suck at this!"', "direct", "the heckler")]),
    # ... nor do a naming verb's passive and "as opposed to"
    ("The orchestra is often called upon to play when the winners ramble on too long.", []),
    ("The inquiry will be held on a single day as opposed to being run as an ongoing review.", []),
    # an inverted cue set off by commas inside the statement: the one named after it speaks all of it
    ("The problem they face, said Shailendra Jain, head of MMS firm Adamind, is educating people in how to send "
     "the multimedia messages.",
     [("The problem they face, said Shailendra Jain, head of MMS firm Adamind, is educating people in how to send "
       "the multimedia messages", "indirect", "Shailendra Jain")]),
    ("Often, said Mr Pearson, this sensitive information was invisible because it got deleted.",
     [("Often, said Mr Pearson, this sensitive information was invisible because it got deleted", "indirect",
       "Pearson")]),
    ("The economy, said the minister, would recover by the end of the year.",
     [("The economy, said the minister, would recover by the end of the year", "indirect", "the minister")]),
    ("The weapon, said a police spokesman, was a handgun.",
     [("The weapon, said a police spokesman, was a handgun", "indirect", "a police spokesman")]),
    ("The biggest risk, said Jane Brown, an economist at HSBC, was a collapse in house prices.",
     [("The biggest risk, said Jane Brown, an economist at HSBC, was a collapse in house prices", "indirect",
       "Jane Brown")]),
    # ... an opening that is a clause of its own is the whole report: what follows the speaker describes them
    ("She also had a voice in decisions about large foreign investments in Kenya, said a former spokesman for "
     "Kenya's Foreign Ministry, Peter Otieno, who also ran as a candidate in the new party Mr. Kamau helped form.",
     [("She also had a voice in decisions about large foreign investments in Kenya", "indirect", "Peter Otieno")]),
    # ... and a speaker the parser read as the cue's object is no complement of its own
    ("The company also had a hand in choosing the new board, said a former adviser to the Treasury, Anna Berg, "
     "who later joined a group the firm helped build.",
     [("The company also had a hand in choosing the new board", "indirect", "Anna Berg")]),
    # ... not when the rest is quoted, nor after an opening that names one who speaks
    ('But, said Solovey, "I do not want to drum up conflict with him."',
     [('"I do not want to drum up conflict with him."', "direct", "Solovey")]),
    # a trailing attribution the parser read as a relative clause on the speaker's description
    ("Rising fuel and materials costs are hitting confidence among the UK's small manufacturers despite a rise in "
     "output, business lobby group the CBI says.",
     [("Rising fuel and materials costs are hitting confidence among the UK's small manufacturers despite a rise "
       "in output", "indirect", "CBI")]),
    # ... and one the parser read as a participle on the speaker
    ("At least one of the disputed sites was a barracks of the elite Presidential Guard, a well-placed source told "
     "The Associated Press.",
     [("At least one of the disputed sites was a barracks of the elite Presidential Guard", "indirect",
       "a well-placed source")]),
    # ... not one on what is said
    ("The groups accused it of trying to escape its responsibilities by moving abroad, a charge the company "
     "denies.", [("it of trying to escape its responsibilities by moving abroad", "indirect", "The groups")]),
    # before a trailing attribution, the clauses the parser hung on the cue are part of the report
    ("Chrysler will pay up to 350 mln dlrs for Renault share interests, depending on AMC sales and future profits, "
     "the Renault statement said.",
     [("Chrysler will pay up to 350 mln dlrs for Renault share interests, depending on AMC sales and future "
       "profits", "indirect", "Renault")]),
    ("Hundreds of marines were on alert at 11 key Brazilian ports after 40,000 seamen decided to remain on "
     "indefinite strike, even after the Higher Labour Court Saturday ruled it illegal, union leaders said.",
     [("Hundreds of marines were on alert at 11 key Brazilian ports after 40,000 seamen decided to remain on "
       "indefinite strike, even after the Higher Labour Court Saturday ruled it illegal", "indirect",
       "union leaders")]),
    # ... but a participle setting the scene of the attribution is no part of it
    ("The family would never give up the fight, speaking outside the court, his mother said.",
     [("The family would never give up the fight", "indirect", "his mother")]),
    # "According to" inside a title cites no one
    ("On a lighter note, Jessica Stevenson will star in new BBC One sitcom, The World According to Bex, penned by "
     "Fred Barron.", []),
    # a company's abbreviation ends no sentence
    ("Chairman Paul Marin said his board rejected as too low the bid by Cie. Generale de Transport to raise its "
     "stake in the group to 60%.",
     [("his board rejected as too low the bid by Cie. Generale de Transport to raise its stake in the group to 60%",
       "indirect", "Paul Marin")]),
    # a name after the report's last preposition is part of it, though the parser took its last word for a stop
    ("Halden Energy Inc. said it obtained a $50 million credit facility from National Canada Corp. The firm said it "
     "would repay debt.",
     [("it obtained a $50 million credit facility from National Canada Corp", "indirect", "Halden Energy Inc."),
      ("it would repay debt", "indirect", "Halden Energy Inc.")]),
    # a report in a relative clause whose subject is the pronoun starts after the cue, not too short
    ("The bulk of the charge is a write-off at the leasing unit, which the company said had been a big drain on "
     "earnings.", [("had been a big drain on earnings", "indirect", "the company")]),
    ("The plan includes a tax credit that company executives said could hurt earnings.",
     [("could hurt earnings", "indirect", "company executives")]),
    ("They voted against the plan, which they said was unfair.", [("which they said was unfair", "indirect", "they")]),
    ("The loss came from the leasing unit, which, the company said, had been a big drain on earnings.",
     [("had been a big drain on earnings", "indirect", "the company")]),
    # a passive conjoined to the report goes on with its subject, not with the speaker
    ("Mr Moyo added that inflation fell to 4.3% in 2004 and is expected to remain below 6% until 2008.",
     [("that inflation fell to 4.3% in 2004 and is expected to remain below 6% until 2008", "indirect", "Moyo")]),
    # a clause of contrast goes on with the report, unless it holds a report of its own
    ("Smith said prices had risen by 5%, while wages had fallen by 2%.",
     [("prices had risen by 5%, while wages had fallen by 2%", "indirect", "Smith")]),
    ("Smith said prices had risen by 5%, while Jones said they had fallen.",
     [("prices had risen by 5%", "indirect", "Smith"), ("they had fallen", "indirect", "Jones")]),
    # ... nor the writer's comment on what is the speaker's, or in the plain past after a report in another tense
    ("The company said profits rose 10 percent, while its shares fell 3 percent in New York trading.",
     [("profits rose 10 percent", "indirect", "The company")]),
    ("The minister said the tax would be cut, although she gave no date.",
     [("the tax would be cut", "indirect", "The minister")]),
    # ... and a passive with an agent of its own is someone else's act
    ("The minister said the report was flawed and was criticised by opposition leaders for the remark.",
     [("the report was flawed", "indirect", "The minister")]),
    # the report's subject the parser read as the cue's object, also across the dash that closes its aside
    ("Her father, Paul, said his daughter's attacker, Ian Hale, 17 - who was jailed for life in June - had copied "
     "scenes from the film.",
     [("his daughter's attacker, Ian Hale, 17 - who was jailed for life in June - had copied scenes from the film",
       "indirect", "Paul")]),
    ("In January, the club announced its shirt deal with Adidas, which gave the firm the right to make replica kits, "
     "would end in 2008, two years earlier than expected.",
     [("its shirt deal with Adidas, which gave the firm the right to make replica kits, would end in 2008, two years "
       "earlier than expected", "indirect", "the club")]),
    # the opening mark of a quoted term that starts the report is part of it
    ("Card Watch says 'card-not-present' fraud, where goods are paid for online or by phone, has risen since the "
     "start of 2005.",
     [("'card-not-present' fraud, where goods are paid for online or by phone, has risen since the start of 2005",
       "indirect", "Card Watch")]),
    # an abbreviation in an organisation's name stays one token: its dot is no subject
    ("The Commerce Dept. said exports fell in March.", [("exports fell in March", "indirect", "The Commerce Dept")]),
    # a medium quoting someone speaks for them, with or without "as"
    ("The Yorkshire Post quoted Mr Hale telling party members at a meeting in Leeds that he wanted the tax scrapped.",
     [("that he wanted the tax scrapped", "indirect", "Mr Hale")]),
    # a participle on its speaker in a "with" phrase reports what follows it
    ("Phytopharm shares jumped 10.7% on the news, with analysts saying sales of $600m a year were possible.",
     [("sales of $600m a year were possible", "indirect", "analysts")]),
    ("Shares in the company jumped 12%, with one analyst predicting the bid would be raised.",
     [("the bid would be raised", "indirect", "one analyst")]),
    ("The clearest signals come when all indicators are pointing the same direction, Ms Lomax intimated.",
     [("The clearest signals come when all indicators are pointing the same direction", "indirect", "Lomax")]),
    # a finite verb the parser conjoined to an infinitive does not share its subject
    ("Reagan said he had been silent on the scandal while he waited for the truth to come out and admitted, "
     "\"I've paid a price for my silence in terms of your trust and confidence.\"",
     [("he had been silent on the scandal while he waited for the truth to come out", "indirect", "Reagan"),
      ("\"I've paid a price for my silence in terms of your trust and confidence.\"", "direct", "Reagan")]),
    # a lawyer's "counsel" can speak: calling something a phrase reports both
    ("In court documents, the hacker's defence counsel asked for a sentence of three years, calling his raids on "
     'the servers "an addiction of sorts."\n\nDespite his "brash personality," he is a devoted father.',
     [('his raids on the servers "an addiction of sorts."', "mixed", "the hacker's defence counsel")]),
]


@pytest.mark.parametrize("text,quotes", CONSTRUCTIONS)
def test_cue_constructions_report_their_content(nlp, text, quotes):
    assert _found(nlp, text) == quotes


SPEAKER_PHRASES = [
    # a hyphenated word the parser split up stays whole
    ('The non-profit said in a statement, "We will keep fighting for the families of the victims."',
     "The non-profit", "The non-profit"),
    # a participle of the occasion is no part of the phrase
    ('"The inquiry has been widened to three more firms," another official speaking to Reuters said.',
     "another official", "another official"),
    # a focusing adverb stresses the speaker and is no part of the phrase
    ("Even some of the mayor's allies said that the plan was too costly for the town.",
     "some of the mayor's allies", "some of the mayor's allies"),
    # a comma between two adjectives of the head does not end the phrase
    ('"The talks will resume in the spring," the soft-spoken, 71-year-old envoy said.',
     "the soft-spoken, 71-year-old envoy", "the soft-spoken, 71-year-old envoy"),
    # a sentence adverb the parser hung on the name is no part of the speaker
    ('Meanwhile Peter Oaten, Liberal Democrat health spokesman, said: "This is another worrying step in the '
     'long row over rail fares."', "Peter Oaten", "Peter Oaten"),
    # a role written as a title before the name: the phrase speaks, the name is who
    ("Real Madrid director of sport Emilio Butragueno said the fans had shown great maturity.",
     "Real Madrid director of sport Emilio Butragueno", "Emilio Butragueno"),
    # the person a role belongs to does not speak
    ("The wife of John Smith said the fans had shown great maturity on Sunday.",
     "The wife of John Smith", "The wife of John Smith"),
    # nor does one whose own title stands before his name
    ("A close friend of former Yukos boss Mikhail Khodorkovsky has told a court that the charges are false.",
     "A close friend of former Yukos boss Mikhail Khodorkovsky",
     "A close friend of former Yukos boss Mikhail Khodorkovsky"),
    # a hyphenated role split into several subjects after an inverted cue: the name ends the phrase
    ('"We will win," said Blaze co-host Stu Burguiere.', "co-host Stu Burguiere", "Stu Burguiere"),
    # ... also when the parser made the word before the hyphen the inverted subject
    ("“Imagine him going up against Trump and Clinton on the same stage,” mused Blaze co-host Stu Burguiere.",
     "co-host Stu Burguiere", "Stu Burguiere"),
    # ... and when the phrase would begin at the hyphen
    ('"The deal is dead," wrote ex-minister Paul Keating.', "ex-minister Paul Keating", "Paul Keating"),
    # a writer's "we" outside quotation marks is no entity named before
    ("NTL sent an engineer to Cambridge on Monday. We checked the modem and noticed that it had no power.",
     "We", "We"),
    # a company noun never refers to a public body, even one that was the last sentence's subject
    ("Merrill Lynch said it has been cooperating with a Securities and Exchange Commission investigation. The SEC "
     "charged Nahum Vaskevitch, a managing director, with profiting from inside information. \"Violations of the "
     "law are not tolerated,\" the firm said in a prepared statement.", "the firm", "Merrill Lynch"),
    # ... but a company whose name ends in "Agency" is a company
    ("Creative Artists Agency said on Monday it had hired three executives from rival WME. The move strengthens "
     "its film division, the firm said.", "the firm", "Creative Artists Agency"),
    # an organisation noun refers to the organisation named before it
    ("Airbus Industrie will launch its new long-range jet next month. The plane has nine committed customers, "
     "the consortium said in a communique.", "the consortium", "Airbus Industrie"),
    # a name the parser split over two sentences at a paragraph's start is still its salient subject
    ('Smith pitches for rural vote\n\nMichael Howard is to make a pitch for the rural vote urging people who feel '
     '"ignored" by Tony Blair to vote Conservative.\n\nHe will say the countryside has been "forgotten" by the '
     "government.", "He", "Michael Howard"),
    # an unnamed specialist speaking goes on as "he"
    ('"The rains were poor this year," a Western aid specialist said. "At least the crop will be saved," he added.',
     "he", "a Western aid specialist"),
    # an object pronoun is not its own clause's subject
    ('Boris Johnson has refused to apologise. The Daily Mail quoted him as saying he was "not going anywhere".',
     "him", "Boris Johnson"),
    # a role of something left unnamed is someone new, not the person named before
    ('Peter Holmes, an oil analyst, said prices were firm. "Demand is weak in Asia," the general trading manager '
     "of an international oil company told Reuters.",
     "the general trading manager of an international oil company",
     "the general trading manager of an international oil company"),
    # people named in full in a list speak together, however the parser read the list
    ("Secretary of State George Shultz and Defense Secretary Caspar Weinberger said the talks would continue.",
     "Secretary of State George Shultz and Defense Secretary Caspar Weinberger", "George Shultz and Caspar Weinberger"),
    # ... but a list with an item that names no person in full is left as the parser read it
    ('"We were spoiled for choice," said Richard and Judy executive producer Amanda Ross.',
     "Richard and Judy executive producer Amanda Ross", "Amanda Ross"),
    # a person the parser read as the object of a fronted phrase before a subjectless verb
    ("Tuesday at a rally in Ohio Governor John Kasich said the party had lost its way.",
     "Ohio Governor John Kasich", "John Kasich"),
    # ... but not in a verb conjoined to one with a subject
    ('The president flew to Houston and after a briefing from Governor Greg Abbott said the damage was "devastating".',
     "The president", "The president"),
    # the one a cause led to speak speaks, not the cause
    ("The poor sales figures prompted some analysts to forecast that rates will rise this year.",
     "some analysts", "some analysts"),
    ("The feud has prompted a Labour donor to say he will refuse to give the party any more money.",
     "a Labour donor", "a Labour donor"),
    # two names joined by "and" are two speakers, not the second one (NER tagged only "Cedel")
    ("Euroclear and Cedel said they intend to offer the service next year.",
     "Euroclear and Cedel", "Euroclear and Cedel"),
    # ... not one the earlier phrase only mentions ("a friend of the president")
    ("A friend of the president said he was tired. George Bush spoke in Texas on Monday. The president said the "
     "economy was strong.", "The president", "George Bush"),
    # ... also when the unnamed one speaks between the named person and the role
    ("George Bush spoke in Texas on Monday. A friend of the president said he was tired. The president said the "
     "economy was strong.", "The president", "George Bush"),
    # a bare spokesperson speaks for the organisation a sentence just before had as its subject
    ("The FBI is investigating the fake e-mails. The agency shut down two accounts this month. A spokeswoman "
     "said the two incidents appear to be unrelated.", "A spokeswoman", "FBI"),
    # ... unless that subject acted on another named party, who may be the one speaking
    ("The European Commission fined Microsoft 497 million euros on Wednesday. A spokesman said the company "
     "would appeal.", "A spokesman", "A spokesman"),
    # a medium named after its noun is what that noun later refers to
    ("Cuba declared a cattle emergency, the newspaper Granma reported. The newspaper said a \"cattle emergency\" "
     "had been decreed in three provinces.", "The newspaper", "Granma"),
    # a person named with no verb after a quote closed by a comma is its speaker (wire copy)
    ("Heinz reported record profits on Tuesday. \"We expect 1987 to be another year of new growth records,\" "
     "Anthony J.F. O'Reilly, Heinz's newly elected chairman.", "Anthony J.F. O'Reilly", "Anthony J.F. O'Reilly"),
    # ... also after a capitalised title
    ("The ward will reopen on Monday. \"We are confident the infection is under control,\" Dr Jane Brown, the "
     "hospital's medical director.", "Dr Jane Brown", "Jane Brown"),
    # a cue the parser hung on the reported clause, whose subject cannot speak, is the reporter's next act
    ("Defence minister Rafael Samudio visited the region. Samudio said new plans had been designed and hoped "
     "they would be effective.", "Samudio", "Rafael Samudio"),
    ("Mr Brown earlier denied his economic forecasts were too optimistic - but refused to rule out future tax "
     "rises.", "Mr Brown", "Brown"),
    # the possessor of a cue noun speaks, without its possessive ending
    ("The measure is meant to allay consumers' fears that deregulation might lead to price increases.",
     "consumers", "consumers"),
    # speakers named in a list keep the party affiliations between them
    ("Sens. Alan Cranston (D-Cal.) and Daniel Evans (R-Wash.) said they introduced export licensing reform "
     "legislation.", "Sens. Alan Cranston (D-Cal.) and Daniel Evans", "Alan Cranston and Daniel Evans"),
    ("Sen. Marco Rubio (R-Fla.) said the deal was a disaster.", "Sen. Marco Rubio", "Marco Rubio"),
    # a medium one spoke on or to is no organisation a later nominal refers to
    ("Lufthansa said it may lose millions of euros after the summit closed the airport.\n\nFlights were halted for "
     "two hours on Friday morning, twice as long as had been planned, which led to many cancellations and long "
     "delays for passengers travelling across the continent. \"We are looking at all the options we have,\" a "
     "spokesman told the BBC. Passengers waited in long queues at the desks for most of the afternoon while staff "
     "tried to rebook them onto later flights. The company said it had cancelled 64 flights.", "The company",
     "Lufthansa"),
    # "the duo", "the pair", "the two": the two people last named as a pair
    ("Mr Magnier and Mr McManus hold their stake through an investment vehicle. There has been much speculation "
     "that the Irish duo simply do not think the price offered is high enough.", "the Irish duo",
     "Magnier and McManus"),
    # a spokesperson for a body's office speaks for the body
    ("The firm is under investigation. \"We are co-operating fully,\" a spokeswoman for the SEC's Boston office told "
     "the BBC.", "a spokeswoman for the SEC's Boston office", "SEC"),
    # a spokesperson for a kind of group speaks for that group, never for a person named nearby
    ("US rock band Pearl Jam cancelled their show in Leeds after singer Eddie Vedder fell ill. Fans of the show in "
     "Glasgow may keep their tickets. The band's spokesman said that they would decide on the other dates within a "
     "week.", "The band's spokesman", "Pearl Jam"),
    # a person named in full before a role whose comma was left out is the speaker, not a possessor
    ('"All the new consoles will need high definition," Dr Peter Hartley chief technology officer at software firm '
     'Ludex told the BBC.', "Dr Peter Hartley chief technology officer at software firm Ludex", "Peter Hartley"),
    ('"High definition is mandatory now," Professor John Miles research director at sound firm Dolby told '
     'reporters.', "Professor John Miles research director at sound firm Dolby", "John Miles"),
    ('"We will win Iowa," Robert Hale\'s campaign manager said.', "Robert Hale's campaign manager",
     "Robert Hale's campaign manager"),
    ("Robert Hale campaign manager said the rally would go ahead.", "Robert Hale campaign manager",
     "Robert Hale campaign manager"),
    # a role is learned from a person's title, never from an adjective before an organisation's name
    ("The official Kenyan News Agency did not name the inspector. A Kenyan official, speaking on condition of "
     "anonymity, said the team would not visit the palace. The official said these sites could only be visited by a "
     "special team.", "The official", "A Kenyan official"),
    # a talk or remarks speak for the one who gave them
    ("Senator Ann Rubio's remarks suggested that she would not back the bill.", "Senator Ann Rubio's remarks",
     "Ann Rubio"),
    # "the spokesman" is the spokesperson met last
    ("Halvorsen will miss Brann Bergen's cup match against Rosenborg. The Norwegian club said the player had a back "
     "injury. A Brann spokesman said on Monday that the decision was taken by doctors. \"He could not train,\" the "
     "spokesman said.", "the spokesman", "Brann Bergen"),
    # a source is one whose name is withheld, never the person named nearby
    ("Sources within the Conservative Party told the BBC Michael Howard has always been in favour of ID cards. The "
     "party had now decided to come off the fence, the Tory source said.", "the Tory source", "the Tory source"),
    # a verbless attribution after any title
    ('The Home Office published the plans on Monday. "These cards will protect our borders," Home Secretary David '
     'Blunkett.', "Home Secretary David Blunkett", "David Blunkett"),
    ('United lost again. "We were poor from start to finish," Manchester United manager Alex Ferguson.',
     "Manchester United manager Alex Ferguson", "Alex Ferguson"),
    # a name that owns what follows a quote is no verbless attribution
    ('They sang "And did those feet in ancient time," Sir Hubert Parry\'s setting of Blake.', "They", "They"),
    # a verb before a colon inside someone's report: the reporter goes on to quote
    ("Arnesen said the club were sad to see Santini go: \"We are obviously disappointed that Jacques is leaving "
     "us.\"", "Arnesen", "Arnesen"),
    # ... but a name ending in an apostrophe keeps it
    ("Officials at St Thomas' said the fine was unfair.", "Officials at St Thomas'", "Officials at St Thomas'"),
    ("Officials at St Mary's said the baby was doing well.", "Officials at St Mary's", "Officials at St Mary's"),
    # a report that names no source, right after an organisation spoke, is that organisation's
    ("Sugar output is likely to be 1.8 mln tonnes, the U.S. Embassy said in its agricultural outlook for 1987. "
     "Indonesia bought 162,500 tonnes of raw sugar, the report said.", "the report", "U.S. Embassy"),
    # ... not one that refers back to a report named before
    ("A report released on Tuesday said jobs were at risk. The company said it disagreed. The report said 200 "
     "jobs would go.", "The report", "The report"),
    # an utterance given as the speaker: the one it comes from
    ("\"Call the roll,\" came shouts from the crowd, as the crowd booed.", "the crowd", "the crowd"),
    ("\"Shame!\" came the cry from the opposition benches as the minister sat down.", "the opposition benches",
     "the opposition benches"),
    # a participle the parser hung on the main verb, whose subject cannot speak: the clause before it speaks
    ("The first incident came during a speech in Purchase, when Sanders protesters interrupted her speech, "
     "shouting \"she wins, we lose!\"", "Sanders protesters", "Sanders protesters"),
    # a sentence ending in a colon before a quote: its subject, however long the predicate
    ("Kaine has adopted the stance common among some Catholics in public office: \"I am pro-life in my personal "
     "life, but support abortion rights in my public life.\"", "Kaine", "Kaine"),
    # ... not the subject of a passive, who is acted on
    ("In the hours after 14 people were killed in San Bernardino: \"California, we have already arrived with our "
     "soldiers.\"", None, None),
    # ... or when that clause is under a modal the cue does not share
    ("Tony Blair said Labour would set out workable plans for the economy and attacked the Tory plans.",
     "Tony Blair", "Tony Blair"),
    # the one told in a passive is no speaker, also when the passive takes its subject from a conjunct
    ("Martin Mubanga was arrested in Zambia in 2002 and within three weeks was told he would be sent to "
     "Guantanamo Bay.", None, None),
    # an adjective of readiness passes its subject to the infinitive after it
    ("Critics are quick to point out that the plan has failed before.", "Critics", "Critics"),
    ("The company is keen to stress that no jobs will go.", "The company", "The company"),
    # an infinitive on the phrase of "be" ("is at pains to") is the subject's
    ("Connors is at pains to point out that his interest in British tennis is genuine.", "Connors", "Connors"),
    # the one a lead introduces unnamed is the one the next paragraph names first
    ("Flu jabs\n\nA senior Tory MP has said the flu vaccine shortage was an avoidable crisis.\n\nPublic accounts "
     "committee chairman Edward Leigh was giving his reaction to a report.", "A senior Tory MP", "Edward Leigh"),
    ("Bank deal\n\nA US bank has said it will pay $9m to the victims.\n\nRiggs Bank will put money in a fund.",
     "A US bank", "Riggs Bank"),
    # ... an organisation only when its name holds the noun
    ("Perfume deal\n\nA US firm has said it will buy the Hard Candy brand from LVMH.\n\nParis-based LVMH has been "
     "selling non-core businesses.", "A US firm", "A US firm"),
    # a plural after "and" the parser joined to a noun before is the subject of the cue after it
    ("The US is struggling with a ballooning trade deficit and analysts said one of the easiest ways to fund it "
     "was by allowing a depreciation of the dollar.", "analysts", "analysts"),
    # a role goes to the person before its phrase, never to a name modifying it
    ("Ted Cruz met donors in Houston. \"It went well,\" the senior Cruz adviser said.", "the senior Cruz adviser",
     "the senior Cruz adviser"),
    ("Donald Trump attacked Jeb Bush on Monday. The senior Trump adviser said the attack was justified.",
     "The senior Trump adviser", "The senior Trump adviser"),
    # "one said" after people spoken of as the object: one of them
    ("Rescue workers pulled five miners from the rubble on Tuesday. One said he had been trapped for three days.",
     "One", "one of the miners"),
    # a published piece after a medium's report is that medium's
    ("The Washington Post reported on Sunday that the deal was close. The article said the two firms had agreed "
     "on a price.", "The article", "Washington Post"),
    # ... but the one a subject told is no other party
    ("Delta Air Lines told Reuters on Tuesday it would cut 2,000 jobs. A spokeswoman said the cuts would come "
     "next year.", "A spokeswoman", "Delta Air Lines"),
    # a piece goes to the medium that reported, not to the last one who spoke
    ("The New York Times reported on Sunday that the deal was close. Apple declined to comment. The article said "
     "the two firms had agreed on a price.", "The article", "New York Times"),
    # a role introduced unnamed goes on as that one, not as the person named in passing
    ("Richard Lyng met the farmers on Monday. An aide to Lyng said the plan was dead. The aide said the farmers "
     "would get nothing.", "The aide", "An aide to Lyng"),
    # ... also one taken from a group ("one of the officials")
    ("Tony Blair flew to Washington on Monday. One of the officials travelling with Blair said the talks would "
     "focus on Iraq. The official said no deal was expected.", "The official",
     "One of the officials travelling with Blair"),
    # "one said" after an unnamed group spoke: one of them, not the word "one"
    ("Trade sources said the Soviet Union bought 200,000 tonnes of wheat. One said the purchase was for May "
     "shipment.", "One", "one of the trade sources"),
    ("Other arbitrageurs said they expected a higher offer. \"They will have to pay more,\" one said.",
     "one", "one of the arbitrageurs"),
    # ... "another" after one unnamed speaker is another of the kind
    ("Several analysts were cautious. One analyst said the shares were overvalued. Another said they could rise "
     "further.", "Another", "another analyst"),
    # ... and "another" after "one company" another company; "most" most of the group
    ("While one company says there are 2,400 billionaires, another says there are about 1,800.", "another",
     "another company"),
    ("Economists said the central bank would hold rates. But most said that the market need not fear tighter "
     "policy either.", "most", "most of the economists"),
    # ... but a generic "one" is no member of the group before it
    ("Critics said the deal was too expensive. As one might say, the deal was a bargain.", "one", "one"),
    # "it" hedging with "appear to": the "it" refers
    ("Apple released a statement on Monday. It appears to confirm that the new iPhone will be delayed.",
     "It", "Apple"),
]


@pytest.mark.parametrize("text,speaker,canonical", SPEAKER_PHRASES)
def test_speaker_phrase_and_canonical(nlp, text, speaker, canonical):
    last = nlp(text)._.quotes[-1]
    assert (last["speaker"], last["speaker_canonical"]) == (speaker, canonical)


def test_lead_speaker_is_not_the_one_reacting_next(nlp):
    """The one the next paragraph names speaking with another role is more likely another voice reacting."""
    lead = nlp("Minister criticised\n\nA government minister has said the plans for ID cards are unworkable.\n\n"
               "Opposition leader Michael Howard said the remarks showed a cabinet at war.")._.quotes[0]
    assert lead["speaker_canonical"] == "A government minister"


def test_lead_speaker_is_the_one_named_next_without_a_role(nlp):
    """A bare name speaking right after the lead is the lead's unnamed speaker, named."""
    lead = nlp("Police stops 'more likely'\n\nUK Muslims should accept that they are more likely to be stopped by "
               "police, a Home Office minister has said.\n\nHazel Blears said innocent Muslims would be targeted "
               "because of the search for extremists.")._.quotes[0]
    assert lead["speaker_canonical"] == "Hazel Blears"
