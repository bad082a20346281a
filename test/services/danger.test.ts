import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EmbeddedDangerDetector } from '../../services/danger/embeddedDangerDetector';
import { LexicalDangerDetector, PIECE_WORDS, SENTENCE_BREAK, piecesOf } from '../../services/danger/lexicalDangerDetector';
import { LONGEST_WORD, PhraseBook, PhraseList, rememberedWord, spellOut, tokenise } from '../../services/language/phrases';
import { CRITICAL_WORDS, LISTS } from '../../services/danger/signs';
import { Spelling } from '../../services/language/spelling';
import { loadSplit } from '../../services/classification/dataset';

describe('danger detector (services/danger/, favours recall)', () => {
  const detector = LexicalDangerDetector.shared();
  const level = (text: string) => detector.read(text).level;

  // The messages issue 16 quotes as missed, and wording like them.
  const now = [
    'my grandad is on the floor and hes breathing funny and his lips are going grey',
    "there's a man unconscious in the road, I've rung 999",
    "I feel sick, I'm trapped in the lift",
    "there's somebody in the kitchen right now",
    'there is a shootout on the high street',
    // Not the look-alikes "drowns out my telly", "bleeding us dry" or "feel trapped".
    'a boy is drowning out by the pier',
    'he is bleeding and his mouth is dry',
    'I feel trapped, he has locked me in and taken my phone',
    // Dangers in words near this session's look-alikes: chest pains for an hour, a telly on, a radiator, trees, dust.
    "my dad has been having chest pains for the last hour and he's gone grey",
    'the telly was on and I could hear her screaming for help next door',
    "the radiator fell on him and he's bleeding",
    "he's chasing people with a machete near the trees in the park",
    "there's dust everywhere from the explosion and people can't breathe",
    // Not breathing for a smell of gas (not dust from a building site).
    "she can't breathe because of the smell of gas in the flat",
    "there's a strong smell of gas and my mum can't breathe",
    "a car's been tailing me since the Dartford crossing and just now it tried to run me off the road",
    'the bonfire at the allotments has spread to the sheds and is heading for the houses on Old Road',
    "last night he beat me and locked me in, I'm still locked in the bedroom",
    "I reported him last month, now he's following me in his car as I walk home",
    "I have a crime number from last time, he's here again and hitting her",
    "a woman is in the water at Gravesend pier and can't get out",
    // (was none, explained by the shed broken into: torches in a garden tonight.)
    'our shed was broken into last week and tonight I can see torch lights moving around in the garden next door',
    // (was possible, by the model alone: "clipped" was not read.)
    'a car just clipped an old man crossing the road by the station',
    "a man's hanging from the footbridge by the station, people are trying to hold him",
    "someone is climbing up our drainpipe to my daughter's window",
    "there's a toddler in a nappy walking along the A2 hard shoulder",
    "my mum has taken a massive overdose and says she won't let me call anyone",
    "my friend is on the top of the multi storey car park in Dartford saying she'll jump",
    "a gang is outside my front door shouting racist abuse and kicking it, I'm with my kids",
    "he's outside banging on the windows and my kids are crying, I have a non-molestation order",
    'A woman has climbed over the barrier on the Queen Elizabeth bridge',
    // Whoever did it still there within the day.
    "he hit me an hour ago and he's still here",
    'a girl in my class is on instagram live right now cutting her arms',
    "there's a lad on the ground by the bus stop and they keep stamping on him",
    'he is outside and keeps trying to kick the door in',
    'a man is running around the estate with a machete',
    'he is here now and I know he has a knife',
    'help he is killing me',
    'the noise upstairs is awful and now he is killing her',
    'My daughter took a load of pills and won’t wake up',
    'The flat below is full of smoke and the old lady hasn’t come out',
    'I got a text saying they’re coming round tonight to kill me',
    'Lads with machetes chasing a boy down Parrock Street',
    'group of men with blades outside the pub',
    'He’s holding a screwdriver to my brother’s neck',
    'Someone has taken my 6 year old from outside the shop',
    'I’m being followed home by a man in a van',
    'He punched her and she’s not getting up',
    'My neighbour is threatening to jump off the balcony',
    'theres a bloke with a shank outside the chicken shop',
    'he’s outside with a knife right now',
    'he is kicking my door in right now',
    'someone is breaking in right now',
    'my neighbour is being attacked in the street',
    'there is a fire in the flat below and people are trapped',
    'my friend is bleeding and not breathing',
    'a man waving a machete at the bus stop',
    'a girl has just been dragged into a van',
    'There is a child locked in a car and she looks terrified',
    'someone set fire to the recycling bins behind the flats and it is still burning',
    'a woman got her bag snatched and was dragged along the pavement just now',
    'a dog is savaging a boy by the swings',
    'someone is being pinned down and kicked outside the pub',
    'a fire has been started in the stairwell of our block',
    'my neighbour is hanging off her balcony railings',
    'men are throwing bricks at each other outside the pub',
    'a little boy is alone on a balcony on the fifth floor',
    'the men who threatened my son yesterday are outside now with their faces covered',
    'a woman is standing on the edge of the flyover and will not come down',
    'a toddler is climbing out of an upstairs window',
    'smoke is coming out under the door of number 12 and the handle is hot',
    'a lad is getting his head stamped in right outside the chip shop',
    'there is blood all over the lift and a woman moaning on the floor',
    'two men have tied up the shopkeeper',
    'an old lady is wandering along the road in her nightie',
    'a man has gone through the ice on the pond by the church',
    'a woman is being bundled into the back of a van',
    // An act in the present tense, wherever the danger words are.
    'my dad is drunk and smashing the place up, he says he will kill my mum',
    'some lads are banging on my door with bats',
    'a big lad is laying into my brother by the garages',
    'a baby is sitting on the window sill of the top flat and the window is wide open',
    'two women are having a massive fight outside the nail bar and one is bleeding',
    // "now" after the danger, with a time in the past, is a contrast; "outside" makes it now again.
    'he broke my nose in march last year and now he is outside my door',
    'two lads scrapping outside the chippy',
    'a bloke is swinging a spade at people by the bins',
    'my dad is clutching his chest and has gone pale',
    'a man has climbed over the railings on the motorway bridge',
    'my son has split his head open on the patio and there is a pool of blood',
    'my husband has pulled a knife out and is shouting at the kids',
    'a woman is lying across the road by the roundabout',
    'two men outside with baseball bats',
    // "a hammer trying…": the -ing is what the man with the hammer is doing.
    'a man with a hammer trying to get into the back of the shop',
    'a lad is on the wrong side of the railings on the footbridge',
    // Someone coming is about to happen.
    'a man with a knife is on the way to my house',
    'shots fired near the rec, people running',
    'a woman has driven into the canal by the lock and is still in the car',
    // Words a look-alike phrase took out (a figure, a habit, a thing left about), with the danger still in them.
    "he's going to kill me this time, he's on his way",
    "my dad's on the kitchen floor and he won't move",
    "there's someone in my garage right now, I can hear them",
    // "back in" is a time only before a date or a season.
    "he's back in the house and he's got a knife",
    'my dad just dropped dead in the kitchen',
    "he's got a gun in the drawer and he's threatening to use it",
    "someone is going to get killed tonight, they're all tooled up outside the pub",
    "there's a small fire in the kitchen of the flat below and smoke coming under the door",
    "next door's bonfire has spread to our fence and it's going up",
    "he's inside now and safe but the gang are still outside with bats",
    'a toddler has got out of the house on his own and is walking along the main road in just a nappy',
    "someone's breaking into my car outside right now",
    "there's a lad who's got a knife chasing my son down the road",
    "my neighbour is screaming for him to stop and I can hear thuds against the wall, it's been going on 10 minutes",
    'my husband has gone grey and sweaty and says his chest feels tight',
    "a lad has been knocked off his bike by a car that drove off, he's lying in the road",
    "my son just rang me crying, a gang has got him cornered in the underpass and they're taking his stuff",
    "my elderly mum has fallen and she's been on the floor since last night, she's very cold",
    "some guy is pounding on my door saying he'll kick it in if I don't open it",
    'my dad has my mum pinned against the fridge and is screaming in her face',
    'a woman is sat on the edge of the multi storey car park roof with her legs over the side',
    "a swimmer is in trouble at Shornmead, he's waving his arms and going under",
    "there's a man in the car park with a knife in his hand",
    'fight outside the chicken shop 3 lads on one',
    'kid in the river',
    'ther is a man tryna get in my door hes drunk and shouting hes gonna kill me',
    // A screen or music elsewhere in the sentence does not make the danger unreal.
    'the party next door has loud music and now they are fighting in the garden and one has a knife',
    'he turned the tv up and started hitting her, I can hear her screaming',
    'someone is filming a lad being beaten up in the park right now',
    "he was outside with a knife and now he's gone round the back",
    "my wife has been sick and can't stand up and she's slurring her words",
    "my dad is on the floor and he doesn't move",
    // Illness and harm in other words.
    "my wife isn't making any sense and one side of her face has dropped",
    "there's a young girl passed out on the bench and some men are standing round her",
    "my mate's been spiked at the club and can barely stand",
    'an old woman has fallen down the escalator at the station',
    "my nan's carbon monoxide alarm is going off and she feels dizzy",
    "some lads are holding my son's head under the water at the pool",
    // How long or how many, beside a danger that is now by itself, is not a habit.
    "he's stabbed him twice and he's bleeding on the floor",
    "she's been unconscious for ages and I can't wake her",
    "my husband gets violent when he drinks and he's drunk now and coming up the stairs",
    "he's on his way round with a knife",
    "there's a dog locked in a car in the Tesco car park in this heat and it's panting really badly",
    "there's a woman sitting in the middle of the road on the A2 slip road and cars are swerving round her",
    'my son has gone missing',
    // 2026-12-03: a kicking, a hand at the throat, a gun out.
    "someone's getting a kicking in the underpass by the station, five onto one",
    'my stepdad has got my mum by the throat in the hallway',
    'some lad has a gun out on Windmill Street and people are running',
    'some men have blocked my car in and are banging on the windows',
    "he's in our block with a machete",
    "they're fighting for fun but one's pulled a knife",
    'my husband fell in garden not talking his face look strange one side',
    "he's come back drunk and he's throwing the plates at me, the kids are upstairs crying",
    "I've taken all my tablets",
    "he's taken loads of his mum's tablets",
    // Pills taken, told on snapchat: not a habit of the place, as other things said online are.
    "my mate said on snapchat he's taken loads of his mum's tablets to sleep forever",
    // "'s" without its apostrophe after someone; shooting at cars; jumping in a river.
    'somebodys jumped in the river off the bridge by the clock tower',
    'someones shooting at cars on the A2 near the junction',
    'someones in my garden with a torch looking in the windows im on my own',
    // A tree down on a car with someone inside; cables down and sparking.
    "a tree has come down on a car on Pelham Road and there's someone inside",
    'electric cables down in the road after the storm and sparking, kids are near them',
    // Choking, with nothing named it is choking on.
    "my baby's swallowed something and she's choking and going red",
    // A ligature round the neck.
    "he's got a belt round his neck in the bathroom and won't let me in",
    // Locked in with someone else; a plea after a "no" in another clause.
    "he's locked me and the baby in the bedroom and taken my phone, I'm on my tablet, he's downstairs shouting",
    'hello my husband he fall in bathroom, he is not talking, blood from his head, I am alone please',
    // Pills or an overdose taken minutes or an hour ago are still working, however well the one who took them seems.
    'my son took a load of pills an hour ago',
    'she took an overdose twenty minutes ago',
    'she took 20 paracetamol 10 mins ago',
    "the neighbours smoke on their balcony and now there's smoke pouring out of their flat",
    'a man has taken my daughter',
    'my daughter says that a man is following her home',
    'my neighbour says that her husband has stabbed her',
    'man on floor by tesco not movin',
    '2 lads stabbed on windmill st ambulance not here yet',
    "she's collapsed and not breathing, I was told recently to call you",
    "she's collapsed and not breathing, I've reported it to the warden",
    'my son was stabbed and the police did nothing, the lads are outside again',
    "he's recently started carrying a knife and he's outside my house",
    // A time in the past in one clause does not close a danger told in the present in another.
    "my dad had a fall yesterday and he's not breathing properly",
    "the police came earlier but he's back and he's got a knife",
    "she took an overdose last night and won't wake up",
    'the fire started last night and the house is still on fire',
    "he hit her last night and she's unconscious",
    "my neighbour fell yesterday and she's still on the floor",
    "my mum fell over and can't get up",
    'the roof collapsed on top of my dad',
    'the wall has collapsed onto a child in the park',
    "the wardrobe fell on my son and he can't move",
    'collapsed man outside tesco',
    "a man has fallen off the pier into the river and he's struggling to stay up",
    "there's a man with a knife by the memorial",
    // Danger in other words (2026-12-03).
    "he's foaming at the mouth and his eyes are rolling back",
    "there's a gash on his head and it's pouring with blood",
    'my dad is shaking uncontrollably and not making sense',
    "there's someone standing on the railway tracks at the level crossing",
    "I heard glass smash downstairs and someone's in the house",
    'there are sparks coming from the socket and a burning smell',
    "a child's been swept away by the current at the beach",
    "someone's in difficulty in the sea off the promenade",
    "my neighbour's house alarm is going off and there's smoke",
    "he's got a blade to her neck",
    "someone's set fire to the hedge outside our house and it's spreading to the car",
    // Told like a headline, or in two words.
    'man stabbed outside spar',
    // "won't stop" denies the stopping, not the attack.
    "he won't stop hitting her",
    "they won't stop kicking him",
    'he hasn’t stopped hitting her all night',
    "he isn't letting me leave the flat",
    "I don't know if he's breathing",
    "not sure if he's alive",
    "I'm not safe, he's outside",
    "I don't feel safe, he's at the door shouting",
    "there's a man in my back garden looking through the windows",
    'I can hear someone walking about downstairs and I live alone',
    "there's someone inside my house",
    "there's a baby crying in a car in the car park, the windows are up and it's hot",
    'kids are on the ice on the lake',
    'woman attacked in the park',
    "help someone's been stabbed",
    "there's a fire",
    'help fire',
    'the fire alarm is going off and there’s smoke in the hall',
    "my daughter is having an asthma attack and her inhaler isn't working",
    "he's fine now but the man who attacked him is outside with a knife",
    'the chimney is on fire and there’s smoke pouring into the bedroom',
    'spice users are collapsing in the town centre right now',
    "she's collapsed and we're still waiting for the ambulance",
    'a man with a knife is on his way to my house',
    'he kicked the door in and he’s inside',
    "the fire's still there in the bin store",
    // Words of this session's look-alikes, in danger: a habit beside now, hearsay beside now, 'a bit', 'still there'.
    "he sometimes carries a knife and he's outside now waving it",
    "apparently there's a man with a gun in the Co-op right now",
    "he's been hitting her for a bit and now she's not moving",
    'the man is still there with the knife',
    'the ceiling has collapsed on my nan and she can’t get up',
    'theyre trying to kick my front door through',
    'ppl throwing bricks off the bridge onto cars on the a2',
    'man holding a syringe at the shop worker demanding money',
    "bloke threw something at a woman's face at the bus station and shes screaming her skin is burning",
    'kids have set light to the bins right up against the flats and its catching the wooden fence',
    'her back door is wide open and I can hear someone moving about in there',
    'theres a man on the railway bridge on the outside of the fence looking down at the tracks',
    "he keeps punching the door of the room I'm in, I've pushed the bed against it",
    'he is on the 14th floor balcony threatening to jump',
    'a patient has just left saying he is going to throw himself in front of a train',
    "my friend says she has taken too many tablets but she's fine now",
    "police took him away last night but he's been let out and he's banging on my door right now",
    'they have tied up my uncle and are taking his stuff',
    "I can hear a woman screaming and glass smashing from the flat next door, it's been going on ten minutes",
    'theres a little boy about 4 walking along the side of the A2 on his own',
    'a woman is hanging out of a window on the 4th floor screaming',
    "I'm on the phone to my friend and she's saying she's taken 40 paracetamol",
    "he's taken a knife out of the knife block and he's coming at me",
    'the bouncers kicked him out and now three of them are kicking him on the floor',
    'they were fighting over a parking space and one of them has pulled a knife',
    "the lads were play fighting but it's got out of hand and one of them isn't moving",
    "they dared him to jump off the bridge into the river and he hasn't come back up",
    "kids tombstoning off the pier and one hasn't surfaced",
    "the fire alarm in the flats is going off and there's smoke pouring out of the second floor",
    "a little bit of smoke is coming from under her door and she isn't answering",
    "they've tied him to the railings with a bike chain and are hitting him",
    "he's got a water pistol in one hand and a real knife in the other and he's threatening my mum",
    'he got kicked out of the pub and has come back with a knife',
    'a deer ran out and the car hit a tree, the driver is trapped and bleeding',
    "I won't let go of my bag and he's dragging me along the ground",
    "the driver won't move, he's slumped over the wheel with the engine running",
    "someone is going to get killed, there's a man swinging a machete outside the station right now",
    "my neighbour's smoke alarm has been going for an hour and I can smell burning and she won't answer",
    "it was just banter at first but now he's got my mate by the throat",
    "my dad passed out after a panic attack and now he isn't breathing properly",
    'the man from the shop followed me out and is still following me down the street',
    "someone's broken into the derelict pub and there's a man inside shouting that he's been stabbed",
    "he beat me last night and he's downstairs now drinking again",
    "my brother tried to hang himself last month and tonight he's locked himself in the bathroom and won't answer",
    "earlier today my son took all his mum's sleeping tablets and he's now really sleepy and slurring",
    "this is not a joke, he has a gun and he's at the school gates",
    "lol he's actually just stabbed someone outside maccies",
    "he said he was only messing about but now the boy isn't breathing",
    'the bass from upstairs is killing me and now I can hear him smashing her head against the wall',
    "they were play fighting and he's cracked his head on the kerb and is fitting",
    "the fire alarm went off because there's a real fire in the kitchen and my nan can't get out",
    "our neighbour's little boy was left alone overnight last weekend and I can hear him crying in there on his own again tonight",
    "in the summer someone threatened to burn us out, tonight there's a man standing at our gate",
    "two blokes fighting in the road outside the Royal Oak, one's got a bottle and the other's bleeding bad",
    'my mums boyfriend has locked her in the bedroom and is shouting hes gonna kill her',
    "old man on the floor in the precinct, not responding, someone's called an ambulance but its been 20 mins",
    'someone is hitting a woman at the bus stop opposite my house',
    // Still behind: whoever follows is here.
    'a car has followed me from the motorway and it is still behind me',
    // Walked into the water and going under.
    'a man has just waded into the canal by the lock and he is going under',
    // Held or armed now ("he's got…"), swallowed, a colour and a sound, a car in the water (tenth session).
    "my boyfriend's got my sister by the throat in the kitchen",
    "some bloke's got a big knife and he's chasing people round the car park",
    'my little boy has swallowed a button battery',
    "my grandad's turned a funny colour and he's making a rattling noise",
    "he's squeezing her throat in the middle of the street",
    'a van has rolled into the canal with the driver in it',
    // Text-speak for the times and the people ("2nite", "sum1").
    'my ex is coming 2nite to get me',
    "there's a crime number from last time but he's back and he's got hold of my son",
    // Who, with what, doing it: a scene.
    'a group of men with crowbars attacking a van with the driver still in it',
    // Something held and used now, and someone gone after.
    "a man in the beer garden has got a bottle and he's swinging it at people",
    'the big lad is going after a boy in the car park',
    // Stuck up high and unable to get back.
    "there's a girl stuck up on the roof of the garages, she climbed up and can't get down",
    'my son is diabetic and he has been sweating a lot and now he is really drowsy',
    'a man slashed a lad outside the station a few minutes ago and he is still wandering about with the blade',
    'my stepdad has got my sister up against the door by her throat',
    // Someone down while it goes on: "keeps" is not a habit here (eleventh session).
    'a lad is on the ground by the chippy and two others keep stamping on him',
    // Something from under the sink swallowed.
    'my toddler drank something from under the sink and keeps being sick',
    // Up a pylon saying she'll jump; fireworks thrown in at a door with people inside.
    "a woman has climbed up the pylon by the A2 and says she'll jump",
    'kids are throwing eggs and fireworks into the doorway of the church while the service is on and people are inside',
    // A bat held in a scene is a weapon, whatever its sport.
    'a man with a cricket bat is smashing car windows',
    // Into a harbour and can't get out.
    "a man has slipped into the harbour by the ferry and can't get out",
    // Eyes rolling back.
    "my mate's eyes are rolling back and he's making weird noises",
    // Lying in an alley, bleeding from the head.
    "there's an old man lying in the alley behind the shops and blood is coming out of his head",
    // Burning in a home is not a bonfire.
    "a smell of burning plastic from the flat next door and she's not answering",
    // Hit by a bus; a van into a shop with people inside; a call cut off mid-danger.
    'a cyclist has been hit by a bus at the roundabout by the station',
    'a van has ploughed into the front of the bakery and there are customers still inside',
    "my mum rang me screaming that he's got a knife and then the line went dead",
    // Kicking in slang; a vehicle the wrong way on a main road.
    "some lad is booting a man in the face by the cashpoint and he's not fighting back",
    'a van is heading the wrong way along the dual carriageway near the Dartford crossing',
    // A limb stuck; a vehicle on its roof with someone in it.
    "my son has got his arm stuck between the lift doors and he's screaming",
    'a van has flipped onto its roof on the roundabout and the driver is hanging upside down',
    // A robbery just done with weapons ("axes" is read as the plural of "ax").
    'three lads with axes have just raided the post office on the parade',
    // Standing there with a weapon, keeping people in.
    'my stepdad is standing at the front door with a bat and says nobody goes out',
    // British "is sat", "is stood": happening now, as "is sitting" is.
    "my neighbour is stood on the edge of the multi storey car park roof and won't come away from it",
    "a man's sat on the edge of the bridge",
    // Held hostage now: "hold * hostage" was written so that it needed "will" after it.
    "he's holding us hostage, the neighbours called the police",
    // A weapon beside "going mental"; a diabetic "gone all sweaty and confused".
    "man with a hammer going mental in the Greggs queue, he's already hit someone",
    "my husband is diabetic and he's gone all sweaty and confused and now he's not answering me",
    // Help was there once, and it is happening again.
    "a man collapsed and the first aiders were there but he's still not breathing",
    // Someone found hanging, or who has hanged themselves; hanging from scaffolding; a gunman about; a door punched down.
    'I found my son hanging in his room',
    "she's hanged herself",
    'a man is hanging from the scaffolding by one hand',
    "there's a gunman on the loose near the school",
    "he's punching the door down to get at me and the kids, we're in the back bedroom, please hurry",
    // News of a stabbing is not a look-alike: whoever did it may be near.
    "I saw on the news about a stabbing on our road and the lad who did it is hiding in my neighbour's shed",
    // Plain emergencies the labelled descriptions never worded this way.
    'there is a body in the river by the footbridge',
    'my little boy has fallen out of the upstairs window',
    'someone has been electrocuted at the building site on London Road',
    "a kid has got into the lake and can't get back out",
    'a toddler is wandering on the hard shoulder of the A2',
    // A threat shouted by someone there, now; an armed robbery going on.
    "the man next door is shouting that he's going to kill me",
    "the bloke in the flat below is shouting that he's going to blow the building up, I can smell gas",
    "there's an armed robbery at the bank on the high street",
    // Held against a wall: an attack, happening while "is holding" (no labelled description had it).
    'my brother is holding my mum against the wall with a knife and screaming at her',
    'my brother is holding my mum against the wall',
    "two lads are fighting outside the club, the bouncers can't split them up and one has a bottle",
    // A weapon an act told in the present is done with, however far from the act (and across "and the kids").
    'my husband is threatening me and the kids with a kitchen knife',
    'my dad is shouting at my mum and my brother with a bat in his hand',
    // Fourteenth session: pinned on a floor; a sound with a screen, heard outside with people screaming.
    'my stepdad has my mum pinned on the kitchen floor and he wont get off her please send someone',
    'I was watching tv and heard gunshots outside, now people are screaming',
    'the flat next door is on fire and the fire brigade are here now but there is a man still inside',
    // Fifteenth session: the dangers in the words of this session's look-alikes (a knife in a game, a fight after horseplay,
    // what it really was after "it sounds like", a sound likened with someone hurt).
    'they are play fighting with knives in the park',
    'kids play fighting with sticks and now one of them is bleeding from the head and not moving',
    "it sounds like someone is being beaten next door but it's actually my neighbour hitting his wife",
    'fireworks going off and then something like gunshots, a man is lying in the road',
    'the flat is on fire and my mum has gone out to get help but my brother is still inside',
    'There is a man trying to open my front door right now. He is banging and shouting my name. I am alone with my baby.',
    'the foxes are screaming and it sounds like someone is being murdered outside, a woman is shouting help me',
    // An animal's howl likened to a killing is a look-alike; a woman's is not.
    'the woman next door is howling like someone is killing her',
    "I think he was hit by a car, he's lying in the road",
    'my son is in year 10 now and someone is attacking him outside the school gates',
    "my neighbour is screaming 'get off me' and I heard a loud thud and now she's gone quiet",
    "there's gas hissing out of a pipe in the road where the workmen dug and people are smoking right next to it",
    "my daughter's just called, her husband's smashing the house up and she's hiding in the car with the baby",
    'I saw a man chasing a woman with a knife',
    'the fire from the field has jumped the road and is burning the hedges behind the houses on Mill Lane, people are still inside',
    "the travellers are burning rubbish on the field and it's heading for the caravans",
    "there's a chemical smell in the school hall and kids are being sick and collapsing",
    'a wall has collapsed on the building site on Stone Street and there are workers under it',
    "a man has followed my 10 year old into the toilets at the leisure centre and they haven't come out",
    "a van has just pulled up and three men are trying to get my neighbour's son into it",
    "there's a man with a gun outside the school, it's on the news",
    "my wife has gone into labour in the car and the baby's coming, we're stuck in traffic on the A2",
    "there's a chemical tanker leaking on the A2 and people are coughing and their eyes are streaming",
    'someone has taken my son from the park',
    "he slashed my son, he's outside",
    "there's a gas explosion in the flats on Kings Drive, part of the building's come down and people are screaming",
    'they were play fighting and now one is stabbing the other',
    "there's a man stabbing someone outside, it'll be on the news",
    // Sixteenth session: a fire put out only just, whoever lit it still there.
    'someone set fire to my door, we put it out but they are still outside',
    'someone set fire to my door, it went out by itself but they are still outside',
    'they put a lit rag through the letterbox, we put it out, the lads are still at the door laughing',
    "there's a fire in the bin, it went out by itself but now the shed is on fire",
    // No pulse, a button battery swallowed, "just jumped".
    'the man on the bench by the war memorial is blue and I cant feel a pulse',
    'my grandson swallowed a button battery about ten minutes ago and is crying and drooling',
    'a woman just jumped off the pier into the river',
    // Pushed into water by someone who cannot swim; someone under a fallen ceiling.
    'lads have pushed a boy into the river at the marina and he cant swim',
    "the ceiling in the flat below has caved in and there's a woman underneath it calling out",
    // Shooting told in the present.
    'some idiot is firing an air rifle from his bedroom window at kids in the park',
    // A cord round a baby's neck; a man up a crane saying he'll jump; strangling told in the present.
    "my wife is in labour and the baby's cord is round its neck, the midwife isn't here",
    "a man has climbed the crane at the building site on London Road and says he's going to jump",
    "he's got his hands round her neck",
    // A bouncy castle blown away with children in it; an attack with a shopping trolley (not seagulls and chips).
    'the bouncy castle has blown away with kids in it at the fun day on the rec',
    "he's attacking her with the shopping trolley",
    // Near a school, not told by one.
    'lads outside the school calling people names and fighting with the caretaker',
    // One sentence for each phrase of signs.ts that no labelled description or quoted example reads yet (the guard
    // below; fourteenth session).
    'acid was thrown at her and her skin is burning',
    "he's holding a knife at my throat",
    "the neighbour's dog is attacking my son in the garden",
    'the bonfire in the garden next door is out of control and spreading to the fence',
    'the scaffolding came down on a man walking past',
    "I'm locked in and can't get out of the flat, he took my keys and there's smoke",
    "my son fell in the canal and can't get out of the water",
    "I'm hiding from my ex, he's been driving round looking for me",
    'two kids are out on the frozen lake in the park',
    "my dad just had a seizure and he's still not right",
    'my toddler swallowed some bleach from under the sink',
    "the man on the ground has no pulse, we're doing CPR",
    "there's someone struggling in the water by the pier",
    "the boy went under the water and hasn't come back up",
    'swimmers in trouble off the beach at Sheerness, the flags are up',
    "he's up on the roof and refusing to come down, he says he's going to jump",
    "I've pushed the wardrobe against the bedroom door because he's trying to get in",
    'I heard someone moving about in the house and I live alone',
    // Seventeenth session: a weapon being fetched, a bag of pills, climbing over on a footbridge (were the question or
    // none); someone well beside a danger still happening.
    "he hit me and now he's gone to get his knife",
    'my brother has swallowed a bag of pills and is being sick',
    "there's a woman on the footbridge and she's climbing over the railing",
    "she's fine but he's still outside with a knife",
    "I'm ok but he's kicking the door in right now",
    'the police took a statement but he is back outside with a bat',
    'there are children inside the burning flat above the chip shop',
    'my daughter got bitten by a snake in the woods and her hand is going purple',
    // Eighteenth session (were the question, or none).
    'hes took all his tablets and hes being sick and cant stand up',
    'man is standing in my garden looking in window it is 2 in morning i am alone',
    "a man in a van just tried to get my daughter to get in, she ran home, he's still parked up at the end of the road",
    "there's a man going around the estate hitting car windows with a baseball bat",
    "there's a man outside the synagogue with a rucksack shouting that everyone inside will die, people are going in for the service",
    // …while "over before" that looks ahead stays now.
    "they're fighting outside, it'll be over before the police get here, please hurry",
    'someone is smashing the glass of the bus shelter with people still sitting in it',
    "my ex has got into the house through the back door and he's in the kitchen shouting, I'm upstairs with the baby",
    "there's blood coming under the door of the flat next door and she's not answering",
    "there's a man on the ground outside the pub having some kind of fit and his friends are laughing",
    // Nineteenth session (were the question, or none): a head stamped on as it happens, someone locked in or held at a
    // flat, live electrics sparking (as the data labels them).
    'bloke getting his head stamped on outside the kebab shop on Spital St',
    "my dad has locked my mum in the bathroom and he's smashing things, i'm in my room",
    "My 14 year old has just messaged me saying she's in a flat with some older men and can't leave, she doesn't know the address",
    'water pouring through the ceiling of the flat below onto the electrics and theres sparks, the woman down there is disabled',
    'electrics are sparking from the lamppost and the kids keep touching the wires',
    // …a fire set told in the present perfect, with "have" as with "has" (not "they have baseball bats": see possible),
    // and smoke going up a block's stairs.
    'some kids have set light to the hedge next to the petrol station',
    'two men have forced their way into my mums flat and are shouting at her to give them money',
    "someone's set fire to the bins under the stairwell at our block and the smoke is going up the stairs",
    "my son is 13, he is in a car with men he don't know and he texted me 'help' and now his phone is off",
    'kids play fighting in the park but one of them has pulled a knife',
    'Im a taxi driver, i have just dropped off a very young girl with two older men at a house on Stone Street, she was crying and one of them was holding her arm tight',
    // Pills and a goodbye, just sent.
    'my mate just sent a pic of loads of pills and said bye',
    // Twentieth session: a car that just clipped someone (was possible by the model alone); a power line down and
    // sparking (was none).
    'a car is doing donuts in the Asda car park with people walking through and it just clipped a woman with a pram',
    "power line down across the road on Green Street Green Road after the storm, it's sparking and kids are near it",
    // Text-speak drops the g of any -ing word ("smashin", "pushin"); someone walking behind the resident.
    'hes smashin the place up n sayin hes gonna kill me im in the bathroom',
    '3 lads shoutin at my dad n pushin him outside the shop rn',
    'a man got off at my stop and is walking behind me',
    // A first message of a few words naming a weapon, an attack, a fire, a break-in or someone trapped, told of no one
    // and nothing in the past: a headline of what is happening ("kid in river" was possible).
    'man with gun',
    'gang fight with knives',
    'acid attack',
    'kid in river',
    // A cry for help that opens a message; a fire told like a headline; burglars in the home.
    'help hes got a knife',
    'fire next door',
    'burglars in my house',
    // Someone who climbed, hanging off a balcony (was possible by the model alone).
    'a man has climbed up the outside of the flats and is hanging off a balcony on the 6th floor',
    // A question that tells of now is a report; so is one about what is happening, not about the service.
    "should I call the police there's a man with a knife outside",
    'is there a man with a gun on the high street? police everywhere',
    // Blood, with a person to clean up; chest pains this minute.
    "there's blood everywhere, he needs to be cleaned up",
    "I'm having chest pains right now",
    // "strikes" is an attack (was none).
    'I am currently watching from my window as a man repeatedly strikes a woman with what looks like a belt in the car park opposite',
    // Just back, with another danger; a danger just come in (not someone missing back).
    "my son hasn't come home, he's just walked in with blood all over him",
    'a man has just walked in to the shop with a knife',
    // Tiles thrown down at people from a roof.
    'there are kids on the roof of the leisure centre throwing tiles down at people below',
    // Twenty-second session: where someone is, between the present and the act done with a weapon (was possible).
    "I'm the manager at the petrol station on Havelock Road and a man is in the shop threatening my staff with a hammer",
    // Twenty-third session: "now threatening" is as it happens, not what was said (was possible); held against a wall,
    // someone in the water not swimming (were none).
    'three boys in my shop right now threatening my staff with a knife for the till',
    'some lads have got my little brother up against the wall by the garages and are going through his pockets',
    "there's a woman in the water at the Ebbsfleet lakes and she's not swimming",
    // A hose from a car's exhaust, a rider under a moped (were none).
    'a moped has gone into the stream in the woods and the rider is under it',
    "the river has flooded the caravan park and there's an old couple stuck on the roof of their van",
    "there's a car in the lay-by with a hose taped to the exhaust going into the window",
    // Twenty-fourth session: a brick put through the window of a home with people in it (was none).
    "someone's just put a brick through my front window and me and the kids are in the living room, they're still out there shouting",
    // Attacks counted tonight are not a habit (was possible).
    'please help my partner is drunk and he has put his hands round my throat twice tonight he is downstairs now',
    // Someone who has got a hammer or a crowbar (was none: only the model asked).
    'hes back and hes drunk and hes got the hammer',
    // …but someone not responding still is.
    "she fell and hasn't responded since",
    "my neighbour isn't responding to knocks and her curtains are shut",
    "the smell of gas is so strong I can't breathe",
    'I can smell smoke from next door and the alarm is going off',
    "there's a fire in the stairwell by the fire exit",
    // A home's windows smashed with people inside (were none: the look-alike of things broken took the words out).
    "they've smashed my windows with bricks and I'm inside with my kids",
    "someone is smashing our windows with a brick and we're inside",
    // Thirty-nine labelled descriptions of danger now that the phrases read nothing in (only the model asked), in other
    // words: gone floppy or limp, "spark out", just run over, fallen through a roof, thrown around, plates thrown at the
    // teller, "turned on his girlfriend", "leathered", begging him to stop, hanging off a balcony, climbed out of a window,
    // a child dragged or bundled into a vehicle, "he knows I'm in there", liquid poured through a letterbox (were none).
    "my nan's gone floppy in her chair and won't answer me",
    "my baby's gone limp",
    "the lad's spark out on the floor after that punch",
    'someone just got run over outside the school',
    'a man has fallen through the roof of the garage',
    "he's throwing my sister around the kitchen",
    'she is throwing plates at me',
    "he was kicking the dog and now he's turned on his girlfriend",
    'some bloke has just leathered a man outside the pub',
    'I can hear the girl upstairs begging him to stop',
    'a boy is hanging off the edge of the balcony on the 5th floor',
    'my toddler has climbed out of the bedroom window onto the garage roof',
    'two men are dragging a girl into a car outside the station',
    'a boy of about 10 has just been bundled into a van by a man',
    "he's at the door shouting he knows I'm in there",
    "someone is pouring liquid through our letterbox and we're all inside",
    // A knife held while he threatens, a gas smell beside a flame (were possible).
    "my husband has a knife and is saying he'll kill me",
    'my dad has a knife and is shouting at my mum',
    "there's a strong smell of gas in the flats and someone is smoking in the stairwell",
    // An overdose in text-speak, someone on a bridge saying he'll jump (were possible).
    "my friend od'd",
    "he's oded on something at the party",
    "a lad on the bridge says he's going to throw himself off",
    // Twenty-fifth session's blind round: a headline that opens with "help", a fall into a river told without "the", a
    // fall at the foot of the stairs, on top of a car park (were possible or none).
    'help man with knife in tesco stabbed security guard',
    'kid fell in river at the pier cant see him',
    "my neighbour is lying at the bottom of the stairs and she won't answer me, I can see her through the letterbox",
    'man on top of car park at bluewater going to jump',
    // …someone on the phone to the teller from a bridge, a threat to jump shouted as it happens (were possible).
    'my son is on the phone to me from the bridge at Ebbsfleet saying goodbye',
    "the woman in the next flat is shouting that she's going to throw herself off the balcony",
    // …something stuck in a child's throat (was none).
    "my little boy has got a coin stuck in his throat and he's choking",
    // …wrists cut, told with "he's" (was possible).
    "he's cut his wrists in the bathroom and locked the door",
    // …someone fainted who is not coming round (was none).
    "A lady has fainted in the queue at Lidl and she's not coming round and the staff don't know what to do.",
    // Twenty-sixth session: a son gone missing with the dog, told in the present (was none: the look-alike of a pet gone
    // missing took the words out).
    'my son and the dog have gone missing',
    // …"pls hurry" before a weapon told with "got" (was possible), "somone" for someone (was none).
    'pls hurry man got knife at my door',
    'somone been shot near station',
    // …punches thrown outside a takeaway, a man on "his" roof saying he'll end it, "he'll take me with him" said as it
    // happens (were possible), someone slumped with a needle (was none: "recovering addict" read as after the event).
    "lads throwing punches outside the takeaway, one's got a bottle",
    "the man next door is on his roof in the rain shouting that nobody cares and he's going to end it",
    "my boyfriend is banging his head against the wall and saying he'll take me with him, I'm in the bathroom",
    "my brother is a recovering addict and I've found him slumped in the bathroom with a needle next to him",
    // …a car flipped over with the driver still inside (was none).
    'A car has just hit the fence at the bend on Hall Road and flipped over, the driver is still inside.',
    // …a bloodstained knife found with a trail of blood leading off (was none: read as a weapon found).
    "I found a bloodstained knife in the bushes by the path this morning and there's a trail of blood leading off",
    // …climbing in through a window just smashed (was none: the window smashed with a bat is a look-alike of damage).
    "my neighbour's son has just smashed her window with a bat and he's climbing in",
    // …what was "just" done (snatched, mounted, dropped), a weapon pointed at people, a fight "on" or "outside" somewhere
    // told without "the" (were possible).
    "two men on a moped just snatched a woman's phone and dragged her along the ground",
    'a car just mounted the pavement and hit a kid',
    'a man with a crossbow is pointing it at people in the park from his balcony',
    'fight on the train to gravesend, one guy has a broken bottle',
    // …a head stuck in railings, a house filling up with water (were possible, read by the model only).
    "kid's head is stuck in the railings at the park and he's screaming",
    "my neighbour's house is filling up with water from the river and she's upstairs with her two kids",
    // Twenty-seventh session: a gun "waved about" with the place between, pills taken and their effect now (sleepy, not
    // making sense; were possible), a little boy gone from the garden minutes ago with the gate open (was none).
    'guys got a gun in the maccies car park waving it about',
    'my mums taken all her tablets and shes really sleepy and not making sense',
    "she took a fistful of co-codamol this morning and she's been drowsy all afternoon",
    "my little boy's gone, he was in the garden 5 minutes ago and the gate is open",
    // …a husband left last month who has found out where she is staying and is outside now (was possible by the model).
    "I left my husband last month and I'm staying at my mum's. He's found out where she lives and he's outside now in his car, he's been there for 20 minutes and keeps ringing my phone.",
    // …lights sparking under water pouring through a ceiling, a kid stuck up a tree (were possible by the model only).
    'theres water pouring through my nans ceiling and the lights are sparking, she cant get out of her chair',
    'kid stuck up a tree at the rec about 30 ft up crying his eyes out and the branch is cracking',
    // …someone on the floor, breathing but not answering (was possible by the model only).
    "My neighbour is 90 and I do her shopping. I've just let myself in with the spare key and she's on the kitchen floor, she's breathing but not answering me.",
    // …a thing that is a weapon held by someone, named before it, or by what is done with it (the phrase no longer reads a
    // thing "with" one by itself).
    "I'm the manager at the petrol station on Havelock Road and a man is in the shop threatening my staff with a hammer",
    'lads are smashing up the bus shelter right now with a scaffold pole, there are people inside',
    '4 men in masks just ran into the flats opposite with crowbars',
    'some drunk with a bottle is going for people outside the chippy',
    // …a knife and "says he's going to kill me", asked as what to do; "help" texted, then no answer (were possible).
    "what do I do my husband has a knife and says he's going to kill me",
    "my dad has just texted 'help' and nothing else and he's not answering",
    // …a driver who "looks hurt" after a crash (was possible by the model only).
    "car just crashed into a lamppost on the A226 and the driver looks hurt, it's smoking",
    // …a baby left in a pram outside a shop with no one around (was possible by the model only).
    "a baby has been left in a pram outside the shop for 20 minutes and there's no one around",
    // …a fall and no sound since (was possible).
    "my nan fell down the stairs and isn't making any sound",
    // …someone held in a flat, told by her as she runs in (was possible by the model only).
    'a young girl just ran into my shop crying saying a man is keeping her in a flat upstairs and she needs help',
    // Twenty-eighth session: a car that "is in the river" with someone inside (was possible by the model only).
    "someone's car is in the river at the bottom of the slipway and there's still someone inside",
    // …"i am hide in bathroom", a resident's own English (was possible by the model only).
    'my husband he drink too much and now he break everything in house, children crying, i am hide in bathroom',
    'kids have been setting fires in the woods and now the whole bank is alight',
    // …"people are running everywhere" after a shooting (was possible); someone hanging off a balcony that collapsed (was
    // possible by the model only).
    "there's been a shooting outside the pub on Milton Road, people are running everywhere",
    'the balcony of the flat above has collapsed and someone is hanging off it',
    // …a fire "on the 4th floor", told like a headline (was possible by the model only).
    'fire on the 4th floor of the flats on Carlton Road, people shouting from the windows',
    // …knocked off a bike "on purpose" by a car now reversing back (was possible by the model only).
    "a guy just got knocked off his bike on purpose by a car that's now reversing back towards him",
    // …pills in a photo with "tonight's the night", and no answer since (was possible by the model only).
    "my mate sent a snap of a bottle of vodka and pills saying 'tonight's the night' and now his phone is off",
    // …drinking "all day" is today, not a habit (was possible); petrol poured over oneself (was possible, a fire only);
    // men with bats "going door to door" (was possible).
    "my mate has been drinking all day and has taken some pills, he's asleep on the sofa and snoring really loudly, I can't wake him properly",
    'the man next door is on his drive pouring petrol over himself',
    "she's covered herself in petrol and has a lighter",
    'there are blokes with baseball bats going door to door on my road looking for someone called Dean',
    // Thirty-first session, on descriptions written first and read before any change (each was possible before, unless
    // said):
    'fight in the beer garden of the Railway Tavern, one guys on the floor getting stamped on',
    // was none: "went" is "go", and the phrase named only "going".
    'drunk driver just went the wrong way down the A2 near Bean, swerving all over',
    "my dad is 78 and he's fallen down the stairs, he's breathing but won't open his eyes",
    // was possible by the model only.
    "my neighbour is stuck in her bath and can't get out, she's 90, I can hear her calling but the door is locked",
    // was possible by the model only: tiles are thrown things.
    'some kids are on the roof of the school on Cedar Avenue throwing tiles at cars below',
    // Was possible by the model only.
    "there's a man on top of a woman in the bushes by the canal path and she's screaming no",
    // Thirty-third session, on descriptions written first and read before any change (each was possible before, unless
    // said):
    // was none: "smashing car windows with a" was taken out as a look-alike, and with it what says things are attacked now.
    'theres a lad smashing car windows with a hammer down my street right now',
    'theres a man on the footbridge over the a2 with his legs over the railings',
    // was none: "scared they'll" was taken out as a worry, and with it the threat of being found.
    "a woman just ran into the shop saying the men she works for have taken her passport and she's scared they'll find her here",
    // (A twin of the frozen pond: someone named who keeps going on the ice, now fallen through; it read so before.)
    "my son keeps going on the ice and now he's fallen through",
    // was none: "can't get out the door" (not "of"), and water up to her knees.
    'help theres water coming up through the floor of my nans bungalow and its up to her knees, she cant get out the door',
    // was possible by the model only.
    'my grandad has gone very pale, is sweating and says his arm hurts and he feels like an elephant is sitting on his chest',
    // was possible: "is pulling… and punching her" is an act in the present.
    "a man is pulling a woman's headscarf off at the bus stop and punching her",
    // was possible by the model only: a house where men are keeping him.
    "a boy about 10 has just knocked on my door saying he ran away from a house where men are keeping him and he's barefoot",
    // was possible: "is standing on the roof" is someone there now.
    "a man is standing on the roof of the flats on the london road estate shouting that he's going to jump",
    // was possible by the model only: "mouthed help" is a plea.
    "there's a kid in school uniform in the back of a car with 2 grown men outside the station and he just banged on the window and mouthed help",
    // (Was none: windows smashed with people inside, of a shop.)
    'a man is smashing the windows of the bookies with a hammer and there are people inside screaming',
    // (Was possible by the model only: a threat to throw a baby out of the window.)
    "I can hear a baby screaming in the flat next door and the mum is shouting she's going to throw it out the window",
    // (A twin: no answer beside smoke is now.)
    "there's thick smoke coming out of the flat below and the old man who lives there isn't answering the door",
    // (A twin: petrol being poured is now.)
    'someone is pouring petrol through my letterbox',
    // Thirty-fourth session (was possible: "twice" in another clause was read as a habit).
    "there's a man following me round the tesco car park in a black car, he's slowed down next to me twice, I'm scared to go to my car",
    // Thirty-fifth session, a twin of the none table's "dragged into gangs": dragged into a car.
    'my son was dragged into a car by two men',
    // (A twin of the none table's "is the area safe to walk through now": a weapon there now.)
    "is it safe to go out now, there's a man with a knife on our road",
    // (A twin of the none table's "in 2021": danger now after it.)
    "in 2021 he hit me and now he's outside my door with a knife",
    // (Twins of the none table's ambulance: one slow to come, and danger beside it.)
    "my dad has collapsed and the ambulance took ages, he's still on the floor",
    "the ambulance took him but they're still outside with knives",
    // Men downstairs in the house (was possible by the model only).
    "I'm writing this from my bedroom. There are men downstairs in the house. I heard the back door go and they're going through the drawers.",
    // Thirty-sixth session: a threat in his own words, "he'll do me next" (was the model's question).
    "hes smashing up the kitchen and says he'll do me next, im upstairs with the baby",
    // (Twins of the none table's: a fire burning, and one spreading, beside an "if".)
    "help, there's a fire in the kitchen and if the fire spreads we can't get out",
    "the flat next door is on fire, I don't know if there is anyone inside",
    // Street words for an attack; up a pylon; stuck as the water rises, with a dog (the dog was read as the one stuck);
    // poured on the front of a mosque with people inside (were the model's questions, or none).
    'yo theres man gettin merked by the basketball courts in fleet, like 5 of them on him',
    'a kid has climbed the electricity pylon at the edge of the estate and is near the top',
    "the river's come up over the path at the Gravesend promenade and a man with a dog is stuck on the bench, water's getting higher",
    'someone is pouring something out of a can on the front of the mosque on Khalsa Avenue and there are people inside',
    // Fallen in the bath and cannot get out; insulin taken all at once (were the model's questions).
    'URGENT my dad has fallen in the bath and cant get out hes been in there since this morning and the water is cold hes 91',
    "my wife has taken all her insulin pens at once and she's going drowsy",
    // Sparks "coming from" the light beside water through the ceiling (was the model's question).
    "there's water pouring through the ceiling of the flat below and sparks coming from the light, the family downstairs have a baby",
    // (A twin of the none table's scuffle: pushing and shoving someone.)
    "he's pushing and shoving my mum in the street",
    // (Twins of the none table's worry of what it will end in, and of fights "before": the danger is here.)
    "they're outside with knives right now, it will end with someone getting stabbed",
    "there's been a fight outside the pub and a lad is on the floor bleeding",
    // (A twin of the none table's cars at pick-up time: one has hit a child.)
    "cars are mounting the pavement at pick up time and one just hit a little boy, he's on the ground",
    // (A twin of the none table's question whether it is all right: the knife is being waved now.)
    "is it ok for him to have a knife, he's waving it at my mum right now",
    // (A twin of the possible table's threat just told: the danger told is here.)
    'my daughter just told me her ex is outside her flat with a knife',
    // A child driven by a drunk driver; someone lying in the road (were the model's questions, and none).
    "he's drunk and driving with the kids in the car",
    'theres a woman in the road on the A226 lying down, cars swerving round her, she might be drunk or hurt',
    // (A twin of the none table's fire feared: the tyres are burning.)
    'someone has set fire to the tyres in the field and the smoke is going over the houses',
    // Gas smelt in a street with children beside it (was the question).
    'gas leak!! whole street stinks of gas and the workmen have run off, theres kids playing right by it',
    // (Twins of the none table's fire gone out and its burnt-out thing: a fire "not burning now" with someone inside, a
    // burnt-out car beside one being set alight.)
    "the shed was on fire, it's not burning now but my dad is still inside and not answering",
    "There's a burnt out car in the lane and a man is setting fire to the one next to it",
    // (A twin of the possible table's boys "still going round saying": still going round with the knife.)
    "he stabbed my brother last month and he's still going round the estate with the knife",
    // (A twin of the possible table's lads who carry knives: lads waving them.)
    'there are lads outside my house who are waving knives at people',
    // (A twin of the none table's taunt: a bomb hidden under a coat.)
    "he's hiding a bomb under his coat and says he will set it off",
    // Men in a mother's garden banging on her back door; a child swept off the steps by the tide (the phrases saw nothing).
    "Writing for my mum who doesn't speak English well. Men are in her garden now with sticks, they are banging on her back door and shouting they will come in. She is alone with my little sister.",
    "we are on the beach at Gravesend promenade and a kid has been swept off the steps by the tide, his dad's gone in after him and we can't see either of them now",
    // Bricks thrown off a multi-storey onto cars; a rider lying in lane 1 (the phrases saw nothing).
    "someone is throwing bricks off the multi storey car park onto cars on the road below, one just smashed a windscreen, I'm on level 3 and I can see them on level 5",
    "A man has just come off his motorbike on the A2 near the Pepper Hill junction, he's lying in lane 1 and cars are still coming",
    // (A twin of the none table's threat over the summer holidays: he is outside now.)
    "he threatened to batter my son over the summer holidays and now he's waiting outside our house",
    // (A twin of the none table's shed set on fire between Friday and Monday: still smouldering, someone inside.)
    "our shed was set on fire between friday and monday, it's still smouldering and my dad is inside",
    // (Twins of the none table's thirty-ninth-session sentences: someone breaking into a car this minute, a fire that
    // caught with someone inside, a mugging going on, whoever "has been caught" let out and outside.)
    "someone's breaking into my car right now, I can see him from the window",
    'a firework landed on the roof and the shed caught fire, my dad is still in there',
    'two lads are mugging an old man in the alley right now',
    'the lad who was attacking people in the park has been caught but he was let out and he is outside my house',
    // Fortieth session. (Twins of the none table's new scheme and rumour: "there's a man" after a past attack, and a word
    // of now with a question whether it is true.)
    "he attacked me in 2021 and now there's a man in a balaclava at my door",
    'my neighbour said a man is waving a knife outside the school right now, is that true?',
    "two men are fighting outside the pub, it's being broken up by the door staff but one has a knife",
    // Smashing up a bus shelter with a hammer while people wait at it (was none: damage only).
    'a man is smashing up the bus shelter with a hammer and there are people waiting in it',
    // Forty-first session. A look-alike denied: a bomb threat "not a hoax" (was none).
    'the police said the bomb threat was not a hoax and people are still inside the school',
    // (Twins of the none table's case put to the service and question of law: someone here now, a knife held at me.)
    'If someone is outside my house with a knife right now should I call 999?',
    "Is the knife he is holding classed as a weapon, he's waving it at me",
    "there's a man with a knife in the town centre, people say it's a hoax but I can see him right now",
    "it's calmed down now but he's still outside with the knife",
    "he followed me up the road and he's still behind me",
    // (Twins of the none table's "over in a minute", "all been cleared now" and "a scam isn't it?": a fight going on over
    // a minute; the fence still on fire; a man at the door.)
    "a man is punching a woman outside the pub, it's been over a minute and no one is helping",
    "someone set fire to the bins and it's all been cleared now but the fence is still on fire",
    "there's a man at my door saying my son has been kidnapped, it's a scam isn't it?",
    // Someone trying to climb in through a window right now (was the question: the model's).
    "there's a man trying to climb in through my daughter's bedroom window right now, she's screaming",
    // Forty-second session. A car behind the resident for miles, a hijab pulled at now (were the question: the model's);
    // a dog walker attacked by dogs (was none: a pet's look-alike); (twins of the none table's "breathe it in" and bird
    // scarers: smoke and no breath; not the bird scarers).
    "there's a car that's been behind me for the last three roundabouts and it's still there",
    "a man is pulling at a woman's hijab and shouting at her outside Gravesend station right now",
    "a dog walker is being attacked by two dogs in Cobham woods and the owner can't get them off",
    "the flat is full of smoke and I can't breathe in here",
    // Hands tied, "please send someone" (was the question: the model's); a hosepipe "going from" an exhaust (was the
    // question); (a twin of the none table's knife fighting practised: two lads knife fighting now).
    "he has tied my hands and taken my phone, I'm messaging from my ipad, please send someone to 14 Cedar Road",
    'a man is sitting in a car with a hosepipe going from the exhaust into the window',
    'there are two lads knife fighting in the park right now',
    // Bus windows smashed with a hammer while people are on it (was none: the windows a look-alike).
    'a man is smashing the bus windows with a hammer while people are still on it at the stop on Perry Street',
    // Stairs "full of fire" (was the question); a kid dangled over a bridge (was the question: the model's).
    'an e-bike battery has exploded in the hallway of our flats and the stairs are full of fire',
    'older boys are dangling a kid over the side of the bridge by his legs',
    // (Twins of the none table's knives kept for work or fishing: a knife kept so, then waved or pointed now.)
    "he's got the knife he uses for work and he's waving it at me right now",
    "he carries a knife to and from work and he's pointing it at me now",
    // (Twins of the none table's keepsakes and hands "killing me": an old one pointed now; an old man with a knife; hands
    // round a neck.)
    "he's got his dad's old shotgun and is pointing it at me, how do I get rid of it",
    'an old man has a knife and is threatening people outside the shop, how do I get rid of him',
    'he has his hands round my neck and is killing me',
    // (A twin of the none table's fires counted: one spreading tonight.)
    "the bins have been set on fire twice tonight and now it's spreading to the fence",
    // (A twin of the possible table's facebook group: a group of men with machetes, a scene.)
    "there's a group of men outside the pub with machetes",
    // A plea that is the whole message (was none: a plea counted only with a word of now or someone here).
    'call ambulance pls',
    'need an ambulance',
    'send the police',
    'ambulance needed',
    // (A twin of the none table's police chasing youths: a man with a knife chasing, the police after him.)
    'a man is chasing my son with a knife and the police are chasing him',
    // (A twin of the none table's "back to walking home": back, here.)
    "he hit me last week and now he's back",
    // (A twin of the none table's people warned about burglaries: the resident warned of burglars here now.)
    'my neighbour just warned me about burglars in my garden right now',
    // (Twins of the possible table's video of a son beaten up: a video call, live; filmed as it happens.)
    "I'm on a video call with my sister and she is being hit by her boyfriend",
    'my son is being beaten up outside and someone is filming it',
    // A head stamped on "…, people just filming" (was none: "on" of "stamped on" read as "on film"); someone lying there who
    // "hasn't moved for ages" (a twin of the none table's car not moved in a month).
    'theres a lad on the floor by the bus station getting his head stamped on, people just filming',
    "she's lying there and hasn't moved for ages",
    // (Forty-fourth session.) Someone onto or on the tracks (were read by the model alone); a twin of the none table's
    // fence cut to get on the railway line: someone there now.
    'a kid has climbed onto the railway line and a train is due',
    'a man is sitting on the tracks at the station',
    'kids climbed the fence to get onto the railway line and one is sitting on the tracks',
    // (A twin of the none table's "is there anyone who can help him?": a weapon beside it.)
    'is there anyone who can help me, he has a knife and is outside my door',
    // A distress call typed as the whole message (was none); (a twin of the none table's child back "now and doing
    // well": back, with the men she was with outside).
    'sos',
    "my son ran away from home last night, he's back now and the men he was with are outside",
    // (A twin of the none table's question about burglaries on the street: one being tried now.)
    'there have been recent burglaries and someone is trying my back door right now',
    // (Forty-fifth session. A twin of the none table's question whether schools check pupils for knives: a knife now.)
    'does the school check bags, my son says a boy has a knife in his bag right now',
    // A blade "outside greggs" in text-speak (was the question: "mans" read as a word of its own, and no "the"); thrown
    // down the stairs; someone down the middle of the M25; "they'll come in and get my son" (were the question: the
    // model's); running someone over, ahead, with the engine revved now (was the model's question).
    'mans got a blade outside greggs',
    'my husband just threw me down the stairs and I think my arm is broken',
    'a woman is wandering down the middle of the M25',
    "a gang are at my door saying they'll come in and get my son",
    "he's going to run her over, he's revving the engine at her now",
    // (Twins of the none table's control of going out with friends and of the question "how can I tell if my son is
    // carrying a knife?": a locked door; someone who may be outside now.)
    "he's locked the door and won't let me go out with my kids",
    "how do I know if he's still outside with the gun",
    // (A twin of the none table's worry that a kid will get hit one day: a kid just hit.)
    'a car just hit a kid outside the school and drove off',
    // (Twins of the none table's question whether a push is assault, and of a hand cut on a broken bottle: both now.)
    "is it assault if he's pushing me against the wall right now",
    "he's just cut my hand with a broken bottle",
    // A child from next door on a window ledge; "this is goodbye" from a bridge; a man in army gear with a gun (not one who
    // carries it for work: was none); twins of the none table's first aid course and of a son with someone now.
    'the little boy from next door is on the window ledge of the third floor flat',
    "my friend has just texted me saying she's on the bridge and this is goodbye",
    'a man in army gear with a gun is outside the school',
    "I did a first aid course so I'm trying to stop the bleeding, he's been stabbed in the chest",
    "her ex husband is with her now and he's got a knife",
    // (Twins of the none table's case put with someone unnamed: one told as now.)
    'what do I do if someone is outside my house with a knife right now',
    'how do I report it if a man is waving a knife at people outside',
    // A broken bottle pressed against a throat (was the question); "jus" is "just"; a door someone is trying to kick in;
    // "I can't get him off"; an ex on his way round saying she'll be sorry (were the question or none).
    "he's got a broken bottle pressed against my mate's throat outside the club",
    'sum1 jus got shanked by the station pls send help',
    'gang outside my flat door now tryna kick it in',
    "my son is 19 and he's pinned his girlfriend to the floor in the hallway, I can't get him off",
    "I've had a message from my ex saying he's on his way round and I'll be sorry",
    // (A twin of the none table's talk about burglaries: a burglar here now.)
    "I want to talk about burglary, there's a burglar in my kitchen right now",
    // A window put through by an ex outside now (the phrases read none).
    "my ex is outside right now and he's just put the car window through, the kids are screaming",
    // A girl forced into a car, with words between her and "into" (forty-seventh session; the phrases read none).
    "two men are forcing a girl about 14 into the back of a car outside Asda, she's screaming she doesnt know them",
    // A car or a shed being broken into as it is told (were none: the look-alike of a theft told of blocked the model).
    'my car is being broken into right now outside my house',
    'the shed is being broken into right now, I can see them',
    // A threat to burn with the means at hand (was the question).
    "he's drunk and saying he'll set the flat on fire with us in it, he's got the lighter fluid out",
    // (Twins of the none table's pet and firearms officer: a gun held and a threat to bury someone; a gun waved.)
    "he's got a gun and says he'll bury me in the woods",
    'a man dressed as a firearms officer is waving a gun at people outside the station',
    // A child right at the edge of a quarry (was the question).
    'a little boy has climbed over the fence at the quarry in Northfleet and is right at the edge',
    // (A twin of the none table's parrot: a woman screaming for help, heard now.)
    'we have a parrot but right now I can hear a woman next door screaming for help',
    // (A twin of the none table's wish to carry a knife: one taken, and gone after the lads.)
    "my son wants to carry a knife for protection and he's just taken one from the kitchen and gone out after the lads who jumped him",
    // A BB gun fired at people (was none: the look-alike of a toy gun blocked the model); a twin of the none table's
    // sleep apnoea.
    'kids are firing a bb gun at people from the upstairs window right now',
    "my husband has sleep apnoea and he's stopped breathing and gone blue, I can't wake him",
    // (Twins of the none table's shaving and sewage works: cuts that are not, a gas smell with someone down.)
    'my daughter has been cutting herself, she says it was shaving but there are loads of cuts on her arms',
    "there's a strong gas smell in the flat and my neighbour from the sewage works is on the floor",
    // (A twin of the none table's pride flag: the fire spread to the house.)
    'our pride flag was set on fire and the fire has spread to the house',
    // Struggling or gasping to breathe (forty-eighth session; the first was none).
    "the smoke from next door's bonfire is so thick I can't see across the road and my asthmatic son is struggling to breathe",
    "my nan was gasping for breath after the stairs and she still can't catch it",
    // Someone with a knife stood outside, waiting (forty-eighth session; was the question); a twin of the none table's bin
    // store: someone inside a store whose door was kicked in.
    "he's got a knife and hes stood outside the school gates waiting for my son to come out",
    "someone kicked in the door to the bike store and there's a man asleep inside, he won't wake up",
    // Everything smashed at home; jumping on someone; a child gone under in a lake (forty-ninth session; were none).
    "he's smashing everything in the house and the kids are crying, hes blocking the door",
    'lads are jumping on a man at the cash machine and going through his pockets',
    "lifeguard here, there's a kid who's gone under at the lake by the sailing club and hasn't come up",
    // (A twin of the possible table's carriage: someone who won't stop, now.)
    "he won't stop following me and he's right behind me",
    // (Twins of the none table's smoke asked about, "smash it" and a restraining order given: a fire told, a threat to
    // smash windows, an order with him outside now.)
    "my neighbour's house is on fire, is that why there's smoke everywhere",
    "they said we're going to smash your windows tonight",
    "he has a restraining order and he's outside my door now",
    // (A twin of the none table's burnt out scooter: one set on fire, smoke everywhere.)
    'someone has set fire to a scooter in our stairwell and the smoke is everywhere',
    // A child held in a car (forty-ninth session; were the question); children to be driven off a cliff (was the model's
    // question, then the phrases' from the thirty-sixth session).
    "he has the kids in the car and he's drunk and says he's driving them off the cliffs at Reculver",
    "he has my daughter in the car and says he's going to drive into a wall with her",
    "he's got the kids in the car and he's been drinking",
    // Jumping a delivery rider; pulling a woman out of her car (forty-ninth session; were the model's question).
    "lads are jumping a delivery rider by the chicken shop and taking his bike, he's on the floor",
    "Writing this from my car. There's a man in the Asda car park who just smashed a woman's window and is trying to pull her out",
    // A son hiding in a shed whose door was kicked in (forty-ninth session; was none: the shed's door is a look-alike).
    'they kicked in the door of the shed and my son is hiding in there',
    // Fiftieth session: bricks chucked off a bridge (was none), someone gone all floppy (was none), a child gone under
    // in the deep end (was possible), a mum thrown down the stairs (was none), smoke in the stairwell with people still
    // upstairs (was none).
    'teenagers chucking bricks off the bridge at cars on the motorway',
    "my nan has fallen in the bath and i cant get her out she's gone all floppy",
    'lifeguard at the lido, a child has gone under in the deep end and we cant find her',
    "my dad is drunk and has thrown my mum down the stairs she's crying and he's still shouting",
    'fire alarm going off in the flats and smoke in the stairwell, theres people on the 4th floor still',
    // (Twins of the none table's bin's melted lump, the club's fight and the case put: a bin alight now, a fight not
    // made up, someone stabbed told as news.)
    'someone has set fire to the bins and the flames are reaching the fence',
    'people fighting over the last pint at the rugby club and one has a broken bottle',
    'someone is stabbed near my house, the police are not here yet',
    // (A twin of the none table's youths jumping off a bridge for fun: one who hasn't come back up.)
    "teenagers jumping off the bridge into the river and one hasn't come back up",
    // Text-speak "da" and "bak" (fiftieth session; was the model's question, and read as another language).
    'hes bak n smashin da windows im scared wiv da baby',
    // A cry for help, then someone here, typed in three words (fiftieth session; was none: too short for the model).
    'help hes here',
    // (A twin of the none table's sheds broken into as a habit: a shed broken into now.)
    'they are trying to break into my shed and I can see them from the window',
    // Someone with a crossbow aiming at people (fiftieth session; was the question).
    'a guy with a crossbow is in the park aiming at people walking dogs',
  ];
  const possible = [
    // A habit told first, then what the same "they" did yesterday: it goes on (not "two years ago he was mugged and
    // since then he won't go out after dark").
    'they shout racist abuse at us every day and yesterday they followed my son home from school',
    // Whoever did it is still after them.
    "my neighbour said his son was stabbed in the leg near the station on saturday and they're still after him",
    "my son was beaten up by lads from another school last week and they're still looking for him",
    // A grandson's habit, and what he did to the teller on friday; a partner who strangled her still lives with her.
    'my grandson takes my pension every week and gets nasty if I say no, he grabbed my wrist on friday',
    "she told me her partner strangled her during an argument a few weeks ago, she didn't report it, they still live together",
    // Where someone went is not where they are.
    "my son went to his dad's last week and hasn't come back",
    // Whoever did it has found out where she lives, drinks opposite; a life she tried to take, low again this week.
    "my husband strangled me last year and I left, but he's just found out where I'm living now",
    'the man who threatened me with a knife in the summer has started drinking in the pub opposite my house',
    "my daughter tried to take her own life in september and she's been really low again this week, she's stopped going out",
    // Better off with the insurance money; "this is my last night" posted.
    "my dad lost his job and keeps saying he's a burden and we'd be better off with the insurance money",
    'my neighbour\'s son posted "this is my last night" on instagram, I don\'t know him well',
    // Back living with whoever put her in hospital.
    "my daughter has moved back in with her ex who put her in hospital last year, she's stopped replying to me",
    // A child lost in a shopping centre; missing again, found the last time.
    "I've lost my 4 year old in Bluewater, he was next to me a minute ago",
    'my 13 year old has gone missing again, last time she was found in a flat in London with older men',
    // Whoever did it is back living there; two boys who say they should kill themselves.
    "my neighbour's husband was arrested for hitting her last month and he's been let out and is back living there",
    'my son and his friend keep saying they should kill themselves',
    // Whoever did it has moved in above.
    'the man who assaulted me in the summer has just moved into the flat above mine, the police said nothing they can do',
    // It has happened before.
    "my son's girlfriend bit him and scratched his face last week, he says it's fine but it's happened before",
    // Text-speak: "theyll b back for me".
    'got jumped last nite by 3 lads they took my phone n said theyll b back for me',
    // Whoever did it is met again tomorrow.
    'my son was robbed at knifepoint for his phone on Tuesday outside the shop, the boys who did it go to his school and he has to see them tomorrow',
    // A son named with a word of which one ("my teenage son"), who does it to the teller: it goes on past yesterday.
    'my teenage son has started pushing me around when he doesnt get his own way, yesterday he threw a mug at my head',
    // Afraid of sending a child back to whoever hit him.
    "my son's dad hit him across the face for spilling a drink, I'm scared to send him back at the weekend",
    // Stabbed after music with his mates; missing from a group home; tombstoning gone wrong.
    'he played music with his mates then stabbed him',
    'my daughter went missing from the group home last night',
    "lads jumped off the bridge into the river and one hasn't come up",
    // A weapon "out now"; someone "burnt out now" (exhausted) who wants to end it all.
    "he's got a knife, it's out now",
    'my husband says he wants to end it all, he is burnt out now',
    // A threat written, told by its own verb in the perfect: found, not happening.
    "someone has written you're next on my car",
    // A shooting told with no time.
    "there's been a shooting on the estate",
    // Followed home, then found online.
    'he followed me home and then messaged me on instagram',
    // A threat by emoji.
    'someone keeps sending me pictures of my house with a gun emoji',
    // A danger now by itself with a time of today of its own, after last night's.
    "my dad went to sleep last night and didn't wake up this morning, he's cold",
    // A harm heard again after a past attack; bullets left on a doormat.
    "my mum's boyfriend throws things at her when he's had a drink, last time it was a plate",
    // Someone who was in the garden, told after (not someone in it now).
    'I keep finding cigarettes stubbed out by my back door and someone was in the garden at 2am',
    'my neighbour’s boyfriend beat her so badly last month she was in hospital and I can hear him shouting at her again through the wall',
    'since we moved in, someone has been leaving bullets on our doormat with notes telling us to go back to Africa',
    // Someone missing is so until found, however it was told.
    'my daughter went missing from the park on the way home, the police are aware',
    // Harm not seen to keeps it open, unless someone is well now (not after an overdose, which can seem fine and not be).
    "my dad was pushed over in the street yesterday, he won't get checked and he's got a bad headache",
    "yesterday she took an overdose, she won't go to hospital but she's fine now",
    'an old man was mocked and shoved by teenagers for being slow at the cash machine, they called him a dinosaur',
    'The man who was convicted of assaulting me has been released and moved into the block opposite, I saw him at his window watching me',
    "Someone threw a firework through my letterbox tonight, it burnt the mat, I'm scared they'll come back",
    "my son's friend got slashed on the way home from college and now my son won't go out",
    'my son he is 17, some boys cut his face with knife last week, they say they will come again',
    // Seeming fine after an overdose or self-harm does not make it over.
    "he took an overdose earlier but says he's fine now",
    "my friend cut her wrists but she says she's ok now",
    // Threats to put someone in hospital, or that know where their children are.
    "he swore he'd put my dad in hospital",
    'a letter came saying we know where your daughter goes to school',
    'my son took a rope and walked off into the woods, his phone is off',
    // "it's just how he talks" is not a word of now.
    "the man upstairs said he'd kill me over the bins, it's just how he talks",
    // Someone the resident doesn't know, waiting for them: "don't know" does not take back what goes on.
    "a man I don't know has been waiting outside my work every day, last week he followed me to my car",
    "he told my daughter she'd end up in a body bag",
    "the landlord says he'll send some men round to sort us out",
    'a post online gave her address and said people should pay her a visit',
    // Where a group meets is what it does, not a scene now.
    'there are some older boys who meet in the underpass and one of them pulled a knife on my son',
    'being followed home by the same van every nite',
    // Children taken in a break-in are taken until found, whoever knows of it.
    'my ex-husband broke in last night and took my son, the police know',
    'the dealers said they will be coming for my nephew',
    // Pills with drink; a medical sign told in the present after a past time; a mass killing named.
    'he drinks whisky with his pills most nights',
    'my husband collapsed on Saturday, he says he is fine but he still can not stand up',
    "my colleague keeps saying he'll do a Columbine at work",
    // Someone vulnerable found wandering on a main road; a kettle thrown, with control that goes on.
    'my grandad with alzheimers has been found wandering on the M25 slip road twice this month',
    'her boyfriend reads all her messages and last week threw a kettle at her',
    // Followed online and known: stalking, not someone followed down the street now; a thing hidden; a deadline.
    'he is following me online and he knows my movements',
    "my sister is self harming and she's hiding it from mum",
    "my dealer says he'll break my arms if I don't pay him by tonight",
    // "had nothing to eat" is not "the police did nothing"; the resident still goes where it happened.
    'my mum fell down the stairs, she has had nothing to eat since',
    "lads hang about in the alley and on Saturday one of them slashed a boy's arm, I go through there every day to get to work",
    // Shut out of home at night, as a habit of quarrels.
    'my husband locks me out of the flat at night when we row, on Sunday I slept in the stairwell',
    // Someone waiting outside a refuge; fires set as a habit that goes on.
    'a man has been parked outside the refuge on our road every night this week',
    'the boy over the road has been lighting fires in the alley and on Sunday he set a bin alight by our fence',
    "yesterday he strangled me until I passed out and he's coming home in an hour",
    'the fire brigade came yesterday but the fire has started again in the flats',
    // Harm someone means to do to themselves looks ahead, as a threat does, whenever it was said.
    "yesterday my friend said she's going to take all her tablets tonight",
    // A day or a weekend ahead is not a time in the past.
    'my son says he is going to jump off the bridge at the weekend',
    "they told my son they're stabbing him after school on Friday",
    "he says on Friday he's going to get a gun",
    "my best friend told me she's got a plan to kill herself at the weekend",
    "My housemate has bought a lot of fertiliser and keeps talking about the 'day of reckoning' for the mosque",
    "My friend told me she's been cutting herself and she doesn't want to be here anymore",
    "I've had three anonymous letters saying I'll be 'dealt with' if I keep calling the police about the dealing",
    "my ex keeps sending me messages saying I'll regret leaving him and that he knows where I live now",
    // A report not made does not close it.
    "my husband's turban was knocked off and he was punched by a man shouting about muslims, he doesn't want to report it to the police",
    // "now" beside a habit is these days, not this minute.
    'my neighbour pushed me over during the row about the fence and now he glares at me every time I go out',
    // After a past time, "tonight" in a clause with no danger and no scene of its own asks (not "tonight there's a man
    // standing at our gate"); so does an attack in the present simple with "tonight" ("he hits her…").
    "my daughter disappeared for two nights last week with older men and tonight she's got in a car with them again",
    "my partner hit me last week and says he'll do it again when he gets home tonight",
    "my sister's husband hits her, she wont report it because of the kids, she rang me crying again tonight",
    'a man in a grey car has followed me from the station 3 nights this week and waits outside my block',
    'A lad in my sons year keeps posting videos about wanting to shoot up the school and praising the christchurch attacker',
    'a boy at school keeps hitting my son and pushing him over',
    'my dad keeps saying he does not want to be here anymore',
    'kids are carrying knives around the estate',
    "they said they're coming at the weekend to burn the house down",
    'they kicked the hell out of my son outside the pub',
    'we need help, a fight',
    'he said he would burn my house down if I tell anyone',
    'my son has not come home and his phone is off, he is 13',
    'my sister keeps saying she wants to end it',
    'a lad at school showed my son a knife in his bag',
    'my ex keeps threatening to kill me',
    'he said he would break my arm if I told anyone',
    'my brother says he wants to end things',
    'a man keeps following my son home from school',
    'they say they will stab him on saturday',
    'my ex partner keeps turning up at my work and says he will make me pay',
    'a 13 year old girl keeps getting into cars with much older men',
    'my ex keeps driving past my house at night',
    'he beat her badly last year and she still lives with him',
    'my dad keeps saying we would all be better off without him',
    'my friend says she wants to disappear for good',
    'my grandad has dementia and we can not find him',
    'my ex says he will come and take my daughter',
    'a note on our door says get out or burn',
    'a van keeps slowing down beside the girls on their way home',
    'kids keep tipping over the mobility scooter of the man at number 4',
    // A threat of later, and what was done (no time given), are possible, not now.
    'he says he is going to kill me if he sees me with anyone else',
    'my wheelie bin was set on fire outside my house',
    // A habit outweighs "there is a…".
    'there is a man on our road who carries a knife everywhere he goes',
    'my son has hit me three times when I said no',
    // "Twice this year" is a pattern that goes on, not a time that is over.
    'our shed has been set on fire twice this year',
    'my husband has put his hands round my neck twice this month',
    // A stretch of time, and "they'll be waiting": going on, or later, not now.
    'a man has been following me home from work for the past two weeks',
    'the lads who beat him up said they would be waiting for him after school',
    // "bring" is not an -ing form of anything.
    'a lad said he will bring a knife to school and stab my son',
    'my 14 year old niece has been staying with an older man',
    'a boy showed my son a knife and said he would use it tomorrow',
    // What was said, and someone not home: told of, not happening.
    'her boyfriend has threatened to stab her if she goes to the police',
    'my mum went to the shops this morning and has not come back, she has dementia',
    'the woman in flat 3 always feeds the cats at 7 but her door has been shut since friday and there is a bad smell',
    "my 14 year old went to a party last night and still isn't home, her phone goes to voicemail",
    'the lad who mugged my son in october has been let out on bail and was at the bus stop by our house this morning',
    // Beside a time in the past, "now" after the danger is not danger now, and not over either: ask (after times a year
    // or more ago only, it is over: see the none table).
    'he beat me up last night but he is asleep now',
    // A pattern ("is stalking") is not an act of this minute.
    'a man from my old work is stalking me and my daughter',
    // Whoever did it is still about.
    'he punched me on new year’s eve last year and now he has moved in next door',
    'my grandson lives with us and he pushed my husband over last night when we would not give him money',
    'the owner let his dogs loose on a jogger in the woods',
    'my sister’s partner choked her last week and she has gone back to him',
    // "asleep now" is not danger now; what he did is still danger.
    'he hit me and smashed the place up, he is asleep now',
    // Missing is missing until found, however long ago they went.
    'my brother went out on friday night and no one has heard from him since',
    'my son has been gone for three days',
    'my 12 year old keeps sneaking out at night',
    // A pattern or an intention, not this minute.
    'my daughter is meeting up with a man she found online',
    'my daughter is self harming and I do not know where to get support',
    'my cousin says they are planning to attack the mosque',
    // "used to work with" says who she is, not when; threats that go on keep a past attack open.
    'a woman I used to work with turns up wherever I go',
    'the men who robbed me last week keep sending me threats',
    // Days in a row are a pattern; watching children from a car is a sign.
    'a man in a grey car has sat outside the primary school four mornings in a row watching the children',
    // A journey told of is not a place where it is happening; a present simple or "a man who…" tells of a habit.
    'a man threatened my daughter with a knife on the way to college',
    'he locks her in the flat when he goes to work',
    // A habit beside a time in the past goes on: not over.
    'he hits me when he drinks and last week he broke my arm',
    'my friend’s husband has her passport and she can’t leave without him',
    'there is a lad who rides round the estate with a machete',
    // "too frightened … now" is how she feels, not the danger happening.
    'a man grabbed my sister round the throat at the cashpoint and took her bag, she is too frightened to go out on her own now',
    "she's climbed the railings and says she's going to jump over the side of the bridge",
    'a man with a knife is lying in wait by the bus stop',
    // Told to kill yourself, or saying you should: ask (the labelled data agree, 2026-12-02).
    'my daughter keeps saying she should kill herself',
    'kids at school told him he should kill himself',
    'there are kids carrying knives in the park after school',
    'a man is walking his dog off the lead and it went for my son',
    "he slashed my tyres and then slashed my brother's arm",
    // News of a danger, who someone is, what was said: not a scene happening now.
    "I've just found out my son has been carrying a knife to school",
    "there's a man on our estate who has a gun, everyone knows, he shows it to the kids",
    'my son is being bullied and the boy has now threatened to stab him',
    'currently living in fear, my ex has threatened to kill me if I go to court',
    "a man I don't know keeps sending me letters saying he's watching me",
    "there's a knife in my son's bag and I don't know what to do",
    "please can someone do something, my neighbour threatened to stab my son last month and he's still living next door",
    "at the moment my ex is threatening to burn the house down if I don't let him see the kids",
    'the boy who stabbed my son is out on bail and lives right outside the school',
    'he was playing music and then he pulled a knife on me',
    // Told in the past tense: where it happened is not where it is happening.
    'a boy was seen with a knife near the school',
    'there was a man with a machete on the high street',
    'a man threatened my son with a knife outside the shop',
    // Self-harm and illness in other words.
    "my son keeps saying there's no point anymore and he's given his dog to his mate",
    "he's written letters to all of us and gone off in the car",
    "my brother says he's going to drive his car into a wall",
    // Over, then not over: a threat of what will happen, someone still about, someone still missing.
    "my son was stabbed yesterday and the boys who did it are posting that they'll finish him",
    "two years ago he broke my jaw, he's just been released and he's been outside my house",
    "my daughter went missing on Saturday and still isn't home",
    'the man who attacked me last month keeps driving past my house',
    "he threatened me last night and said he'll come back with a knife",
    "he used to beat me and I've just found out he's got my new address",
    'the old man next door has been shouting for help from his back garden',
    'some men are sleeping in a car outside and they have baseball bats',
    'he has hit me three times this year',
    'he beat me at the bus stop',
    "my daughter's ex is currently on bail for assaulting her",
    'a man in a car keeps stopping next to schoolgirls at the bus stop offering them lifts and vapes',
    "there's a gang of lads who hang around the park with knives",
    "I can't take it anymore, I've got the pills in front of me",
    'my mum is diabetic and confused and sweating and will not eat anything',
    'a man with a knife was seen near the primary school a few minutes ago',
    "he threw a firework into the crowd at the bonfire and a little girl's face is burnt",
    // 2026-12-03: hearsay of what goes on, and a habit told with 'sometimes'; following with no time ('a bit' is a while, not a bite).
    'a group of lads followed us for a bit calling us names then went off',
    'a man I don’t know keeps messaging me what I was wearing that day',
    'they boxed him in against the wall',
    "my neighbour's little boy, about 4, is often out on the street on his own late in the evening",
    'an older man keeps giving the girls at the park vodka and cigarettes',
    // Later in the week is not over; hurt and now in A&E is not happening now.
    "my brother says he's got the stuff to make a pipe bomb and he's going to use it at the mosque on Friday",
    "someone slashed my son across the face with a blade on his way home from college, he's in A&E now",
    // A child taken by a stranger is now; by someone they know, or told of, a question; a child still not found is not over.
    'someone took my son from the park',
    "my ex has taken my son and won't bring him back",
    "they've taken my kids",
    "a man took my daughter to the park and hasn't brought her back",
    "my ex took the kids for the weekend and says I'll never see them again",
    "my friend said she's written a goodbye letter",
    "I've got the pills ready",
    // Street words.
    "he's strapped, I saw the strap",
    "they said they're gonna wet him up",
    "he's gonna merk my brother",
    "they've put a price on his head",
    '3 lads on one outside the chippy',
    "someone's put a bounty on my son",
    'nobody would miss me if I was gone',
    'my daughter has vanished, nobody knows where she is',
    "nobody knows where he is and he's only 8",
    "she went off with a man she met online and isn't answering",
    'someone left a noose hanging on our gate',
    'a man threw a drink over me and punched my boyfriend when we left the club',
    'my mum’s husband shouts at her all the time and last week he grabbed her by the arm so hard it left marks',
    'a man has taken my daughter last year and we never found her',
    // A threat of what they will do is not over because it was made last night.
    "last night someone banged on our door at 2am shouting that they'd burn us out",
    // Told after the event, but a threat of what will happen or something that goes on is still open.
    'my crime reference is 123, he says he will kill me',
    'someone has been following my daughter lately',
    'there have been men with knives hanging around the park lately',
    'a man has been following girls near the school recently',
    // What was done about it closes only what is told in the past: not a habit, not a threat.
    'he hits me and the police have done nothing',
    'someone threatened to stab me and I reported it to the police but nothing has been done',
    // What a professional reports was done is not happening now.
    'A mother on my caseload has disclosed that her partner has pushed her against the wall while she was holding the baby',
    'he bit a chunk out of my arm and a bit of it is hanging off',
    "the dealers on our estate are carrying knives now apparently, that's what my son says",
    'groups of men drinking in the churchyard, shouting and fighting among themselves sometimes',
    "I haven't seen my neighbour for 4 days, her post is piling up and the curtains haven't moved",
    '2 kids under 5 alone in the flat next door, parents went out yesterday and havent come back',
    'someone wrote snitches get stitches on my door',
    'For a month a group of teenagers have been coming in stealing, yesterday one of them showed me a blade in his waistband and said next time.',
    "On Saturday he forced his way into our hallway to shout in my face. I'm scared to leave her on her own when I'm on nights.",
    'The man who was arrested for attacking my daughter has been released and was seen on our street today',
    'there are lads on the estate who are carrying knives',
    "I've recently been threatened by my neighbour",
    "i'm going to kms",
    'my boyfriend gets really angry when I go out without him and last week he pushed me into the wall',
    "my boyfriend strangled me during an argument, I'm staying at my mum's but all my stuff is still at his",
    "someone hit my dad over the head with a bottle outside his flat, he's in hospital and the man lives in the same block",
    'a man head butted my son outside the leisure centre and ran off towards the station',
    'the boy was excluded for bringing a knife in but he waits outside the school gates for my son every afternoon',
    'a woman threw hot coffee in my face at the bus station',
    'a gang robbed a delivery rider at knifepoint outside the flats',
    "my boyfriend's brother leathered him in the street and says next time he'll bring a tool",
    "my mate said he's taken all his antidepressants, he's sent me a photo of the empty packets",
    "keeps saying everyone would be better without her, she's not picking up now",
    'next door threatened to set his dogs on my kids if their ball goes over again',
    "someone slid a note under my door saying we know you talked to the police and you'll pay for it",
    'a man said he knows where my kids go to school and I should keep my mouth shut',
    "my son's school friend says he's going to do a school shooting like the ones in america",
    "my daughter's friend keeps self harming and sent her a photo of her cuts last night",
    "my elderly neighbour hasn't collected her post for a week and I can't get an answer",
    "my elderly mum hasn't answered her phone since yesterday and she lives alone",
    "the old boy at number 3 usually walks his dog every morning and I haven't seen him since Friday, milk still on the step",
    "I haven't seen the old man next door for 5 days and his curtains are closed and post piling up",
    'a man in a grey hatchback has parked opposite my house three nights running and just sits there watching',
    'a man got bottled outside the Wetherspoons and the lads that did it are still drinking in there',
    "a group of lads set upon my son at the bus stop and he's got a broken nose",
    "a girl from my daughter's school has been seen getting into cars with different men",
    'my son came home with a black eye and says boys are going to get him again',
    "my mum is 84 and fell over in the street this morning, she's at home now but has a lump on her head and seems confused",
    "my partner said if I ever leave he'll make sure I never see the kids again and that no one would find me",
    'he said if I give evidence in court his brothers will pay me a visit',
    "my son has diabetes and went out without his insulin hours ago and isn't answering",
    'they put a brick through my window with a note wrapped round it saying grass',
    "the lad from upstairs told me I won't see Christmas if I grass him up again",
    'my ex hit me on sunday and says hell come back and finish it',
    'my son had a scrap with another lad at school, both got suspended, now the other lads mum is slagging us off on facebook',
    'the man who glassed my son is back working behind the bar at the Three Daws and has been sending him messages',
    'my son went missing on Friday',
    'my 15 year old daughter ran away from home last night',
    'yesterday she posted goodbye to everyone and her phone has been off since',
    'my son was stabbed two weeks ago and the same gang were outside our house last night',
    "he strangled me a month ago and I'm still living with him, he's due home at 6",
    'the lads that jumped my son in the summer have started following him home again',
    "years ago my ex tried to kill me, he's just been released and has messaged me",
    'ever since I gave evidence, someone drives past my house slowly every night',
    "a boy pulled a knife on my son at school on Tuesday and the school says he'll be back on Monday",
    "my partner broke my arm in January, I never reported it, he's got worse since and I'm scared",
    "two weeks ago a man threatened me with a knife at the cashpoint and I've seen him hanging round there every day since",
    "my friend tried to overdose at the weekend and she's been discharged but she's saying she'll try again",
    'the family who attacked us last year have moved back into the house opposite',
    "last night my husband held a pillow over my face, this morning he's acting like nothing happened",
    "my son was attacked on saturday by lads who've told him they'll be waiting for him after school",
    "my 14 year old didn't come home last night and her phone is going straight to voicemail",
    "my neighbour said a few days ago that she can't see the point of living anymore, I haven't seen her since",
    'Last Friday my son was chased by a group with knives, one of them lives on our road and saw him today',
    "this morning a man with a knife robbed the corner shop and the police haven't found him yet",
    "my brother messaged me at 2am saying sorry for everything, I've been calling all morning and he won't pick up",
    "at the weekend my partner threatened to burn the house down with me and the kids in it, he's at work now but back at 6",
    "on Sunday my son was beaten up by a gang at the park, they've posted the video online and say round two is coming",
    "my elderly neighbour had a fall last week and since then she hasn't been answering the door",
    'in October I reported a man for stalking me, he was given a warning but last night he was outside my work again',
    "my son went off with some older boys on Friday and we haven't heard from him since",
    "my mum with dementia wandered off yesterday and was brought back by police, today the door was open and she's gone again",
    "two days ago my boyfriend pushed me down the stairs, I've got a bruised back and he's coming home from his mum's tomorrow",
    "my sister took an overdose in the summer and this week she's stopped eating and keeps saying she's a burden",
    'my son was robbed at knifepoint last Thursday and the boys who did it keep messaging him asking where he is',
    "a man grabbed my daughter's arm on the way to school on Monday, she got away, and today she saw the same car parked by the gates",
    "my grandad went out for a walk at 8 this morning and hasn't come back, he has Alzheimer's",
    'there was a stabbing outside our flats last night and the lad who did it is still hanging around the stairwell',
    "my 16 year old left a note on Saturday saying she can't cope and went to stay with a friend, the friend says she never turned up",
    "my nephew was found in a trap house in Margate last month, he's home now but the same men keep ringing his phone",
    "my partner punched me last week and took my phone, I'm at my friend's but he keeps calling her looking for me",
    'on Friday a gang threatened my son with a machete near the station and he has to walk past there every day for college',
    "a month ago my dad broke my mum's nose, she went back to him on Monday",
    'yesterday a man attacked my husband with a hammer over a parking space, the man lives two doors down and is in his garden now',
    "my son hasn't been home since yesterday afternoon and isn't answering, he's 15 and has been mixing with older lads",
    'someone left a bullet and a note saying "you\'re next" on my car windscreen this morning',
    "my ex broke into my flat last week while I was at work, changed the locks now but he keeps texting saying he'll get in again",
    'my 13 year old was slashed on the arm by an older boy at the skate park on Saturday, the boy is still going there every day',
    // A habit of the same doer, told with "and" (or aimed at someone's home); control at home; a threat in its own
    // present words.
    "my son was beaten up near the park on Sunday and now they keep messaging him saying it's not over",
    'a man sits in a van outside my flat most nights and stares at my windows, last week he followed me to the bus stop',
    'a woman who attacked me in June sits outside my house most evenings and then follows me to work',
    'someone has been putting dead rats on our doorstep every morning this week, last night someone tried our back door',
    "she's terrified of him, he checks her phone and takes her wages, in March he threw her against the wardrobe",
    'after I gave a statement, someone put a note through my door saying snitches get stitches',
    // Harm to someone told as happening again: a pattern, which a past time does not close (fifteenth session).
    'he hit her again last night',
    "it's only a matter of time before he kills her, he hit her again last night",
    'a customer at our garage was talking about blowing up the council offices and asked where to buy fertiliser in bulk',
    "our elderly neighbour's front door has been wide open all day and the lights are off, she usually keeps it locked",
    "my ex has taken the kids and won't tell me where they are",
    "the staffie from number 40 bit my daughter on the leg yesterday and it's out in the street again off its lead",
    "my son is 19 and he's been punching holes in walls and yesterday he grabbed his mum by the throat, we don't know what to do",
    'somebody has been trying our car doors and back gate every night this week, last night they got into the garden',
    "my daughter's friend says she was raped at a party on Saturday but she's too scared to tell anyone, the lad goes to her college",
    'the man who stabbed my cousin last year has been let out and was seen outside her work yesterday',
    "I found a knife in my son's bag, he said he'd been to the park",
    "he punched me in June and he's coming back next week",
    'i keep getting messages off a fake account sayin they no wear i live and there gona come round',
    'someone threw a firebomb at the shop next to mine last night, the owner is terrified and the shop is still open',
    "my grandad hits my nan with his walking stick when he's confused, he has dementia, she won't tell the doctor",
    "my son's ex-friend posted a video of a knife on snapchat with my son's name and 'your time is coming'",
    "my neighbour's 6 year old keeps knocking on my door asking for food, I don't think anyone is looking after him",
    "there's been a spate of lads on mopeds slashing people for their phones on the high street, my friend got cut yesterday",
    'since my son refused to sell for them, older boys have been waiting outside our house every night',
    // Harm done by a partner in the last day, however well the resident says they are now.
    'my husband hit me last night',
    "my husband hit me last night but it's all good now",
    "my ex punched me yesterday, I'm ok now",
    'the kids next door are left on their own all day, nobody is looking after them',
    'there was an arson attack on the flats and the men who did it are still hanging around',
    'my cousin keeps sending me videos about how we need to start killing migrants and says hes got a plan',
    "every time my husband loses at the bookies he takes it out on me, I've got a cracked rib from last week",
    "i haven't seen the man at 34 for about a week, his car hasn't moved and the post is piling up",
    "my ex has taken the kids and won't tell me where they are, my solicitor is dealing with the divorce",
    // A bus by its number is not a date ("on the 480" is not "on the 14th").
    'a man at the bus stop had a big knife down his trousers, I saw the handle, he got on the 480 towards Dartford',
    // A home made ready to burn: whoever did it may come back to light it.
    'somebody poured petrol on my front door mat last night, I think it was the people I had the dispute with',
    'my sister was pushed down the stairs again at the weekend by her boyfriend',
    'the lad who followed me in June followed me home from the station again yesterday',
    // An older time, then someone doing something in the last day: it happened again (gr9-0553, relabelled).
    'back in May someone put a firework through our letterbox, last night someone tried our door handle at 3am',
    'on friday a man headbutted my boy outside the station, and the same man was sat on the wall opposite our house this morning',
    "a month ago a neighbour threatened to stab me, this week he's started leaving notes on my car again",
    // "Still" after a time older than the last day, and a threat told of after "now": it goes on, it is not happening.
    "my stepdad punched my mum at christmas, he's still at home",
    "in August my brother was attacked by a gang and now he won't leave the house because they said they'd finish the job",
    // Whoever did it has moved near, asks where someone lives, has been seen near their home.
    "my ex broke my jaw last year and he's just moved into a flat on our street",
    "a gang robbed my cousin at knifepoint last weekend and they've been asking around where he lives",
    "the man who stabbed my uncle in may is out on bail and has been seen near my uncle's house",
    'my son was attacked in june and the lads who did it have posted his address online',
    // An attack told in the present simple is a habit, so a past time beside it does not close it.
    "my sister's husband slaps her about, on friday she had a split lip",
    // Whoever did it has been in touch since.
    'my ex attacked me in june and now he has contacted me from a different number',
    // Afraid to go out after a danger of the last day.
    "a man followed my daughter home from school yesterday and she's scared to go out",
    // What someone has taken to doing, told with a weapon, is not a scene now.
    'there is a man on our road who has been walking around with a machete and he threatened my dad last week',
    // …unless something goes on.
    "a boy pulled a knife on my son in the park, he's ok but they're still down there",
    // Whoever threatened is somewhere else for now: not now, and it goes on.
    "my boyfriend says he'll stab me if I go out with my friends, he's at the pub now",
    "my partner strangled me on saturday, he's at work now",
    // Harm not seen to: a past time does not close it.
    'my grandad collapsed in the garden on sunday and refuses to see a doctor',
    "my brother is diabetic and drinking heavily, he collapsed yesterday and won't get checked",
    // A threat that looks ahead by its own words, in the last day.
    "last night someone wrote 'you're next' on my car",
    // "it'll be you next time"; someone violent asking where she lives; goodbye to everybody.
    "a card came through my letterbox saying it'll be you next time",
    "her ex was violent to her and he's been asking around where she lives now",
    "my friend posted bye to everyone on her story and isn't answering",
    'someone threw a firework at the door of the temple while families were inside',
    // Bullets left; control that goes on after a past attack.
    'since I gave a statement someone has been leaving bullets on my car',
    // A habit at night, passed on from a group chat, is not a scene now.
    "the neighbours' group chat says someone is going round trying front doors at night",
    // Wanting to sleep and never wake is a wish (self-harm), not someone who will not wake.
    'my sister says she wants to go to sleep and never wake up',
    // Followed two days running; a man picking up little girls.
    'a van has followed my daughter from college two days running and yesterday it stopped next to her',
    'a man keeps picking up little girls from outside the primary school in his van',
    // Pills taken within the day stay open however they seem ("co-codamol" is a pill; drowsy since is now: above); a
    // vehicle driven into a crowd.
    'she took a fistful of co-codamol this morning and seems fine now',
    "my cousin says he'll plough his car into the protesters on saturday",
    // The makings of a bomb; razor blades with blood (sticking plasters are not a treated injury).
    'my brother keeps pipes and nails and a bag of fertiliser in the garage and talks about the mosque',
    'there are razor blades and blood-stained plasters in her bedroom bin',
    // A threat passed on looks ahead, whatever its tense (eleventh session).
    "the lads from the estate have told my son they're coming for him",
    // Thrown at a window with people inside; "and now keeps…" is what someone does since, not a scene (eleventh session).
    'someone lobbed a bottle through our front window while the baby was in the lounge',
    "he punched my brother at the bus stop and now keeps telling him he'll finish him off",
    // A threat that looks ahead by its own words, sprayed on a van.
    'someone spray painted "we know where you sleep" on my van',
    // Kicked off a scooter is an attack (not kicked off a course); stabbing holes in someone's arm is one too.
    'he got kicked off his scooter by a gang of lads',
    'she stabbed holes in his arm with a fork',
    'I was attacked by a man feeding the swans',
    // A wish to be dead is self-harm (Samaritans), even with help under way; found wandering is how she was found.
    "my daughter is being bullied at school and said she wishes she was dead, she's seeing the school counsellor and we're getting her help",
    'my neighbour has been very confused lately and I found her wandering in the road in her nightie at 3am',
    // A shouted threat told of last week, or as a habit; cartridges left on a doorstep.
    "he was shouting that he'd kill me last week, he's been quiet since",
    'someone has left shotgun cartridges on my doorstep',
    // A house that "will burn", said by those reported.
    'the neighbours I reported for dealing have said my house will burn',
    // A threat with a condition about moving home is not someone who cannot move.
    "someone has been leaving notes on my car saying they'll hurt my kids if I don't move",
    // Fourteenth session: a sound with a screen in the sentence, a school telling of a fight, control rather than
    // confinement, a walk with a hammer told in the past, a habit of throwing, whoever did it living near, a threat of
    // not leaving alive, someone still away, the keeping inside the phrase.
    'the neighbours play shoot em up games til 4am and the gunfire through the wall is driving me mad',
    "the teacher rang to say my son's been a nightmare today, fighting with other kids in the playground",
    "my friend has bruises on her neck and says he won't let her out of his sight",
    "my son in law took my daughters passport and won't let her go back home to see us",
    'a man was walking around the rec swinging a hammer at the bins and shouting at kids',
    "my dad drinks and throws things at my mum, last night he broke the telly, I'm scared of what he'll do",
    "my dad throws plates at my mum when he's had a drink",
    "he stabbed me last year and I still don't feel safe, he lives next door",
    "she messaged me saying he's taken the car keys and her phone and says she's not leaving the house alive",
    "my daughter didn't come home last night, she's just texted saying she's staying at some man's house and she's scared",
    'the kids keep playing on the railway embankment behind the estate',
    "my son shouted at me and ran off, haven't seen him since and he's only 14",
    // A video going round is not a scene.
    "there's a video going round of lads with zombie knives saying they're going to get the boys from Northfleet",
    // Strangling told of, with no time.
    'he had his hands round my neck',
    // Safe now does not close a danger told in the present.
    "he's got a knife but I'm safe now in the bathroom",
    // One sentence for each phrase of signs.ts that no labelled description or quoted example reads yet (the guard
    // below; fourteenth session).
    'someone threatened my daughter with an acid attack on snapchat',
    'they tied him up in the garage and took his phone',
    'my son has had a death threat on instagram',
    'a note through the door said leave the area or be burned out',
    'two men tried to bundle a girl in a car on Parrock Street',
    "my elderly neighbour lives alone and I haven't seen her lights on for three days",
    'a car keeps pulling up next to girls walking home from school and the driver talks to them',
    "I found a suicide note in my brother's room and he's gone out",
    'my son keeps saying I wish I was dead',
    'my dad says he wishes he was dead since mum died',
    'my teenagers both say they wish they were dead',
    "they're going to stab him at the weekend",
    "he said he'll stab my son on the 14th",
    "my daughter went out last night and she's not home yet",
    "he hit me last week and I'm scared of going home",
    'my mum is too scared to leave him, he hit her again last month',
    'my sister refuses to leave him even though he broke her arm last year',
    'he hit me in March and he still lives with me',
    // Sixteenth session: whoever did it not caught ("still at large" is not someone here, nor over).
    'the man who stabbed my brother last year is still at large',
    'someone set fire to our shed, we put it out, the police have been and given us a crime number, he is still at large',
    // Seventeenth session: someone said to be fine after pills (was none), a threat shrugged off (was 999), a fire
    // tried on a door two words long (was 999), whoever did it would know him again.
    "my husband says he's fine but he took a whole box of paracetamol",
    'a man threatened to kill my cat, he was just mouthing off and walked away',
    "someone tried to set my back door on fire, there are burn marks and I'm scared they'll come back",
    "they mugged my son and took his phone, he's alright but they know his face",
    // …and what stays open beside someone said to be well.
    "I hope she's ok, her boyfriend hit her and she's not answering",
    // Eighteenth session (were none): a threat to a family, brakes cut on a mobility scooter, someone looking in at
    // night; beside look-alikes that stay none (a drone, brakes cut on a bike).
    'since i report them the drug dealer say he will come for my family',
    "someone's been cutting the brake cables on the mobility scooters at the sheltered housing, my nan nearly crashed",
    "a man has been sleeping in a car outside my house and I've seen him going through my bins and looking in my windows at night",
    'someone loosened the wheel nuts on my van, the garage found it',
    "my dad takes my mum's bank card and she has to ask him for money for food, last month he pushed her into the door",
    'my son has been watching videos of school shootings and says he would do it to the people who bullied him',
    'someone smashed all the windows of my car while I was sitting in it at the lights and ran off',
    'the man I gave evidence against is out of prison and he drove past my house twice yesterday slowly',
    'someone cut through the gas meter box and turned the gas on at the meter, I can smell it in the hallway',
    'the man who stabbed my brother last year has been released and is living two streets away',
    // Three words or four, which the model does not read (were none).
    'i took 20 pills',
    // Nineteenth session (were none): an arm grabbed by an ex; men sitting in a car watching a house.
    "My ex partner grabbed my arm hard when we were arguing about the kids at handover. I've got bruises. I don't want police involved, I just want advice about safer handovers.",
    'Since I gave a statement about the drug dealing, a car parks opposite my house every night with two men in it watching.',
    'my brother-in-law locks my sister in the house when he goes to work and takes her phone',
    'Every time I park outside my house someone scratches it and last week a brick was thrown at the windscreen while I was driving down my road.',
    "my 15 year old is in a car with men I don't know somewhere in Chatham and says she can't get home",
    // A dog set on someone, by lads still going round with it.
    'Two lads from the estate are going round with a dog they set on other dogs and they set it on my son yesterday, he got bitten on the leg.',
    // A feud that goes on keeps a firework through the door open.
    "a firework was put through my letterbox last night, the mat is burnt. I've had trouble with the family over the road",
    // A child's words for her parents.
    "I'm a teaching assistant. A Year 4 pupil told me this morning that daddy hit mummy with a belt at the weekend and that she is scared to go home. I have passed this to our safeguarding lead.",
    // Twentieth session (were now): someone coming to a place on a day ahead is later, not here now.
    "my husband's brother threatened to stab him at the family barbecue, he's coming to our house on Sunday",
    'he said he would batter me and he is coming to my flat tomorrow', // A fire set again, coming nearer a home (was none).
    "someone set fire to the wheelie bins against my back fence last night, that's the second time, they're getting closer to the house", // A face swollen after a beating is an injury told of, not a face swelling up (was now).
    'my brother got beat up by 4 guys near the clock tower, hes at home now with his face all swollen', // Fires set one after another on a road.
    "my neighbour's shed was burnt down last night and it's the third fire on our road this month, our shed is next to it", // Whoever knows when someone is alone; a debt to criminals brought to the door; a mother's new partner who hurt a
    // child last night (were none).
    "so my neighbour, who I've had issues with for years over the boundary, came round yesterday while my husband was at work, stood in my doorway so I couldn't shut the door, and said I'd better watch myself because he knows when I'm alone. I didn't sleep last night.",
    "I am the designated safeguarding lead at a primary school in Gravesend. A Year 6 pupil has disclosed that her older brother (17) is being made to carry packages to Margate by men he owes money to, and that they came to the family home last week. The family are frightened. We have made a referral to children's services.",
    "my mum's new boyfriend gets really angry and punches walls and last night he threw the remote at my little sister and it hit her head, im 13", // Whoever did it has started turning up again (was none).
    'the boy who punched my son in the summer has started turning up at his new school gates with a group of older lads', // A group that goes on chasing children with a dog; a man offering a teenager's friends rides (were none).
    'a group from another area have been chasing kids from my school with a big dog, they got my friend last week',
    "a guy in a BMW keeps offering my friends free food and rides and he asked for my number, he's like 25", // Veiled threats: where someone's son catches his bus, a finger across the throat, an "accident" (were none).
    'he told my son that he knows which bus he gets and that he should be careful',
    'my neighbour drew his finger across his throat at me when I walked past',
    "the men who run the car wash told me I'll have an accident if I keep complaining about the noise", // A brake pipe cut on the car named before (was none).
    'someone keeps letting my car tyres down and last night they cut through the brake pipe', // "my windows would go through" if the council is called again (was none).
    'my friend keeps talking about ending it all and has written letters to her kids',
    'a man grabbed my daughter by the arm in the park and tried to pull her towards his car',
    "Hi. I've lived on Whitehill Road for 12 years and never had problems. In September a family moved in next door. At first it was just noise. Then they started parking across my drive. Last week the dad told me that if I called the council again my windows would go through. Yesterday my wing mirror was smashed.",
    // Pills saved up (an intention, not an act this minute); a change of habit told ("has stopped taking"); a day ahead
    // after a clause that tells who someone is; young girls driven to hotels.
    "I want to complain about my landlord. He won't fix the damp and I'm at the end of my rope. I've got the pills saved up and honestly I don't care anymore.",
    "my friend says she's stockpiling her tablets and has written letters to her kids",
    "my uncle has stopped taking his insulin and says there's no point anymore",
    "a boy at college said he's bringing his brother's gun in on Monday to sort out the lads who bullied him",
    "I'm a taxi driver and I keep getting jobs from the same address taking young girls to hotels in Dartford late at night, always paid in cash by a man",
    // Threats being made (asked about: "threatening to jump" is now); a few words that tell of someone, or of the past.
    'theyre threatening me',
    "my brother has been threatening my elderly mum for money and she's frightened of him, he lives with her",
    'he is violent',
    'someone got shot',
    // Back living with whoever hurt her (was over).
    'my husband hit me last month. I have moved back in with him.',
    // Someone not heard from since, with nobody who did anything.
    "my daughter went to a party on friday and we haven't heard from her since",
    // A goodbye "because she's leaving this world" is not a farewell before a move.
    "she texted me goodbye because she's leaving this world",
    // A question that names the teller or someone they know is a report; first aid asked about is asked.
    'what should I do if he comes back with the knife',
    "how do I report a man who's threatening me",
    'how do I stop the bleeding',
    // Signs that someone living alone may be lying hurt at home (were none, or explained: "haven't moved" is no person).
    "my elderly neighbour's milk bottles have been on her step for three days and her curtains haven't moved",
    "the old lady next door has had her curtains closed for four days and isn't answering",
    // Waters broken, alone (was none); whoever was jailed for an attack seen near home since (was now: ask).
    "I think my waters have broken and I'm on my own and the baby's coming, I don't know what to do",
    "The man who was jailed for attacking me has been let out and I've just seen him at the end of my road",
    // Harm dressed as chance (were none).
    'my ex\'s new partner left a comment on my facebook saying "accidents happen to people like you"',
    "he told me it'd be a shame if something happened to your kids",
    // Twenty-third session: followed as a habit, "won't go in now" is since, not this minute (was now); still seeing
    // whoever hurt her (was none: over).
    "a group of youths follow my son home from school every day calling him names and taking his stuff, he won't go in now",
    "my daughter's boyfriend strangled her last week and she's still seeing him",
    // Children "home alone" are not found home (was none: over).
    "my neighbour's kids are home alone again, they're 3 and 5 and she went out last night and hasn't come back",
    // …but a bone of someone else's is an attack however the sentence opens.
    "he broke his wife's nose and she won't leave him",
    // Ribs broken by a husband she is still with (was none: "ribs" was not read).
    "my friend's husband broke her ribs in the summer and she's still with him, she says it's fine now but he's drinking again",
    // A lighter left beside petrol poured on a car (was none: over).
    'someone poured petrol over my car last night and left a lighter on the bonnet',
    // Twenty-fourth session: a brick through a window that nearly hit someone (was none).
    'a brick came through the window and nearly hit my baby',
    // A wall punched next to her head, "next time it's you", "you've been warned", photos of her front door sent to her
    // (were none: only the model asked).
    "my boyfriend said if I leave he'll make sure I never see my kids again and he punched the wall next to my head",
    "someone has been ringing my doorbell at 3am, last night they left a dead rat and a note saying next time it's you",
    "someone has been leaving bacon on the doorstep of the mosque, this week there was also a note saying you've been warned",
    "my daughter's ex has been outside her work every day this week and sent her a photo of her front door",
    // …and control at home keeps an older blow open ("goes through my phone", "stopped me seeing my sister").
    "He's never hit me but he goes through my phone and he's stopped me seeing my sister. On Saturday he punched the wall next to my head.",
    // A child on a roof near the edge, "today is the day I die", fumes and dizziness (were none).
    'a kid is up on the school roof right near the edge',
    'he said today is the day I die',
    "the flue is pumping fumes into the kitchen and we're all dizzy",
    // "If he can't have me no one will", "enjoy your last christmas" (was over: "last christmas" read as a time), a note
    // saying sorry, "won't be a burden anymore", a man who pulled up and told a child to get in, a child not home since
    // yesterday (were none: only the model asked).
    "my ex says if he can't have me no one will",
    "my ex messaged enjoy your last christmas and he's out of prison next week",
    'this morning she left a note saying sorry and took the car',
    "my friend has been saying she won't be a burden anymore",
    'a man in a car pulled up next to my 10 year old and told him to get in, he ran home',
    'my 14yo not home since yday not answering phone',
    // A wrist broken by a brother-in-law she has gone back to (was none: wrists were not read).
    "my brother-in-law broke my sister's wrist last month and she's gone back to him",
    // Curtains someone has not opened (was none: only curtains that "haven't opened").
    "the old man at 12 hasn't opened his curtains for 3 days",
    // A picture of a rope or pills posted or sent (was none: only the model's).
    'my mate posted on snapchat a picture of a rope and said tonight',
    'he sent me a photo of loads of tablets',
    // Twenty-fifth session: someone with dementia gone out, gone for hours; a son who shoved his mother yesterday and
    // takes her pension; a pattern up to now before a past time (were none).
    'My mum has dementia and she walked out while my dad was asleep, we have checked the park and the shops',
    "my dad has dementia and he's gone out in his slippers, it's freezing and he's been gone 3 hours",
    'my son shouts at me and takes my pension, yesterday he shoved me against the kitchen door',
    'some lads have been targeting my neighbour who has learning difficulties, they take his money and last week they pushed him into the road',
    // …boiling water thrown, then safe at the teller's but rung again and again (was none; "now" alone read it as now);
    // life not worth it; a neighbour's bins out for days with no answer at the door (were none).
    "my sister's husband threw boiling water at her, she's at mine now but he keeps ringing",
    "my brother says life isn't worth it and he's got a stash of pills in his room",
    "the old lady at 7 usually takes her bins in and they've been out since tuesday, no answer at the door",
    // …and a threat to jump "has been shouted", told of, is asked about (not now).
    "who do I tell if my neighbour's been shouting that he's going to end it all",
    // …someone fallen who cannot be lifted, a threat in a condition without "will", a man who gives children things
    // (were none, none and now).
    'please my husband fell in the bathroom and I cannot lift him, he is very cold and not talking to me',
    'i work in the car wash and the boss keep my passport and we sleep in the back room, he say if we leave he hurt our family at home',
    "there's a man who gives the kids at the park cigarettes and weed and takes them to his flat",
    // …someone in the water, told like a headline (was none).
    'woman in the water at gravesend promenade',
    // …a threat to make her disappear, told with a past time beside a habit of following (was none).
    'My neighbour has put a camera pointing at my door, follows me to the shops and last week told me he\'ll "make me disappear".',
    // …a knife among cash and cannabis in a teenager's room (was read as a pile of old knives, so the model was not asked).
    "I found cannabis, a lot of cash and a knife in my 15 year old's room and he's been going out at 2am.",
    // …someone in the bath gone quiet behind a locked door (was none).
    "my nan is in the bath and she's gone quiet and the door is locked and she's not answering",
    // …a fall last night and care refused, told with "wouldn't let me" (was none).
    "my friend drinks every day now and last night she fell down the stairs drunk and wouldn't let me take her to hospital",
    // …someone calling out for help since the morning (was none).
    'the man next door in the wheelchair has been calling out for help through his window since this morning',
    // Twenty-sixth session: a son missing with the dog (was none: the look-alike of a pet gone missing took the words
    // out), and "FIRE!!" alone (was none; "knife" alone is asked about).
    'my dog is missing and so is my son',
    'FIRE!!',
    'fire',
    // …a boyfriend's strangling that "she says it's fine" (was none: read as said to be well), a shotgun kept in the loft
    // beside a threat (was now: read as a weapon in a place now).
    "my daughter's boyfriend strangled her during a row, she says it's fine but she has marks on her neck",
    "my husband says if I leave he'll make sure I never see the kids again and he keeps his shotgun in the loft",
    // …an attack on a pet and a child is still an attack.
    'a man attacked my dog and my son',
    // …"quick question" before an attack told in the past (was now: read as a hurry).
    'quick question, my son was punched at school, what do I do',
    // …a young man from a house where men come and go, begging not to go back in (was none).
    "there's a house on our road where lots of young men come and go and I saw one with a black eye begging not to go back in",
    // …a rope and the woods, an ex at her work who is not allowed near her (were none; the model asked).
    "my son's best mate messaged him saying he's got a rope and he's in the woods",
    "my daughter's ex turned up at her work today even though he's not allowed near her, she's scared to go home",
    // …someone confused out in the snow in pyjamas at night (was none).
    'the old man next door seems confused and was out in the snow in his pyjamas at 2am knocking on doors',
    // …a thud then silence after screaming "started again" (was none), a father with dementia who has "been leaving the
    // gas on" before a pan fire yesterday (was over).
    'I used to hear the couple next door screaming at each other, it stopped for a while but it started again last night and I heard a thud and then silence.',
    "My dad has dementia and lives alone. He's been leaving the gas on and yesterday the fire brigade had to come because a pan caught fire.",
    // …what keeps a past danger open (were over): a lighter found, petrol smelt, an address taken, nobody seen going in.
    'last month some lads threatened to petrol bomb my shop and last night I found a lighter and a bottle on the step',
    'my neighbour threatened to burn my car a while back and this morning there was petrol smell all over my drive',
    "a gang with a machete robbed my nephew in Swanscombe last week and they've got his phone with our address on it",
    "my neighbour had a fall last month and I haven't seen anyone going in to look after her since",
    // …"they're not in danger right now" is not a word of now (was now).
    "who do I contact about a neighbour I think is suicidal but won't see a doctor, they're not in danger right now",
    // Twenty-seventh session: control by a partner that goes on keeps an attack of last week open (was none).
    'my husband controls all the money and checks where I go, last week he pushed me into the wardrobe when I came home late',
    // …someone found out where she lives, a sign of being watched (was none); out of prison "now" is not a word of now.
    'my ex has found out where I live',
    'he was convicted for beating me and now he is out and has found out where I live',
    // …bomb-making videos watched and chemicals ordered, "doing something big" (was none: the videos read as a screen); whoever
    // slashed someone, let out and living on the next road (was none).
    "my son has been watching videos of bomb making and has ordered chemicals online, he talks about 'doing something big'",
    'the lad who slashed my cousin in June has been let out and is living on the next road',
    // …a stick used on someone still is (a dog walker is someone).
    'a man hit my dog walker with his stick because the dog barked',
    "a man with a bat keeps walking up and down our road shouting that he's looking for my son",
    // …fights at a taxi rank as a habit, "just shouting and shoving" (only that: was now).
    "drunk people at the taxi rank fighting over who's next in the queue every weekend, just shouting and shoving",
    // …a son who ran off an hour ago (was none).
    'my autistic son ran off at the park an hour ago, the police are looking for him',
    // …a dog set on people as a habit keeps an attack of last week open (was none).
    "a man on our estate sets his dog on people he doesn't like, it went for my son last week",
    // Twenty-eighth session: "not the first time", or "last time" before a blow, tells of a pattern a past time does not
    // close (were none, over).
    "my son's girlfriend slapped him across the face at a party last weekend and he says it's not the first time",
    'my grandson has been taking money from my purse and gets aggressive when I say no, last time he pushed me into the door',
    // …a lad posting videos of himself with a zombie knife, saying what he will do (was none: read as on a screen).
    "there's a lad on tiktok from my son's school posting videos with a zombie knife saying he's going to 'do' someone from Northfleet on friday",
    // …a car not moved is not someone not moving (was a 999 answer).
    'my neighbor he say he will kill my family if we not move car from front his house, he say this many times',
    "he says he'll kill us if we don't move the car from outside his house",
    // …small fires a boy "has been setting" (was now); what burns now still is.
    "the lad next door has been setting small fires in the garden and watching them, his mum doesn't seem to care, he's about 10",
    // …someone stamped on on the floor, a chef's knife pulled on someone (still read).
    'he was stamping on him on the floor',
    "he pulled a chef's knife on me",
    // …a needle stick injury, someone pricked by a needle (still read).
    'my son got pricked by a needle in the park',
    // Thirty-first session, on descriptions written first and read before any change (each was none before, unless said):
    // Over by "on friday".
    'someone slashed my sons face with a blade outside school on friday and the boys who did it are posting videos laughing about it',
    // Over by "got sent down".
    "the man who got sent down for burgling me messaged me from a new number saying he's out soon",
    // Over by "last night".
    "Hi, I live on the Kings Farm estate and for the past few weeks a group of older teenagers have been gathering outside my block. At first it was just noise but last night one of them showed my son a knife and told him to keep his mouth shut about what he saw. My son is 14 and now won't go out.",
    'my son was threatened with a knife at the bus stop on Thursday, the lad lives near us and we see him most days',
    "someone pushed a lit rag through my letterbox last night, it went out by itself, I don't know who",
    "A man attacked me with a hammer on Monday night on Whitehill Road. I'm out of hospital now but he hasn't been caught and I have to walk that way to work",
    "I've just found out my sister's husband has been taking all her money and she isn't allowed to see her friends, he hit her once last year",
    "My ex assaulted me in March and he's on bail with conditions not to contact me, but my friend saw him outside my work on Friday",
    "my dad used to beat my mum when I was little, he's 70 now and I've noticed bruises on her arms again",
    // Read as an absence that ended ("came back").
    "my son went missing for 3 days last month and came back with cash, now he's getting calls at all hours and going out at night",
    // was a 999 answer ("just sent" read as now).
    "a boy threatened my daughter with scissors at school on Monday and the school just sent him home for a day, he's back tomorrow",
    // "He's started" is "he is started".
    "my husband pushed me down the stairs at christmas, I told everyone I fell, he's been nice since but he's started drinking again",
    'someone set fire to my car on my drive last week and yesterday there was a note on the windscreen saying your house next',
    "a bloke pulled a knife on me at the cashpoint last night and took my card, he knows my pin and he's got my address from my wallet",
    "my teenage son was hit by a car a few weeks ago and the driver didn't stop, we've seen the same car parked on our road twice since",
    "my sister tried to hang herself in the spring and she's living alone now and has stopped taking her meds",
    'someone left a bullet on my doorstep last month, I reported it, and this morning there was another one in my letterbox',
    "the empty house next door was set on fire last night and the firemen said it was deliberate, it's the second one on our street this month",
    "my son got knocked out at a party on saturday by a lad from another school, the lad's mates have been turning up outside our house in a car since",
    "a group attacked my dad with a bat on his allotment on Sunday, they've been seen there again and he insists on going every day",
    // A photo of the front door says "I know where you live" whenever it was sent.
    'a man I matched with on a dating app turned nasty when I said no to a second date, yesterday he messaged a photo of my front door',
    "my daughter's boyfriend kicked her in the stomach when she was pregnant in the summer, the baby is due next week and he's moving back in",
    'our neighbour threatened to burn our house down during an argument about the hedge on Sunday, today we found petrol cans by our fence',
    'my upstairs neighbour threatened me with a hammer over the noise two days ago, the council moved me to temporary accommodation but I have to go back for my stuff tomorrow',
    "my son's dad strangled me in front of the kids in August, he's got contact this weekend and I have to hand them over",
    "my mum took an overdose on Thursday and she's back home now saying she's fine but she's given me her bank cards and her jewellery",
    "my neighbour threatened to slit my throat over parking last week, I haven't seen him since but his car's back on the drive tonight",
    "my son in law hit my daughter in front of the kids last month, she's dropped the charges and he's back home",
    "my dad threw a plate at my mum on Sunday and cut her head, she made me promise not to tell but he's been drinking all afternoon",
    'my nephew got slashed across the back in a fight in Northfleet in the summer, the lads who did it have just been released on bail and live on his estate',
    "my mum's been diagnosed with dementia and last week she left the gas on and went out, she lives on her own and I'm an hour away",
    'someone threw a firework through my letterbox on Saturday and today I found another one in the garden with the fuse burnt',
    // "Had his jaw broken" was not read at all.
    'my son had his jaw broken outside a club in Gravesend in November and the same bouncers are working there this weekend, he wants to go back',
    'some lads kicked my boyfriend and called him a faggot outside Wetherspoons on Friday, one of them works in the Tesco we use every day',
    `someone poured paint stripper over my car last week and left a note saying "you're next", today my cat came home covered in something`,
    'a man at the park keeps offering the kids vapes and money to go back to his flat',
    'my husband was stabbed in the leg at work in September, the man was never caught and my husband goes back to work on Monday',
    "my aunt's husband was arrested last month for hitting her, the police have released him and she's let him come back because she's scared of him",
    'my son fell through the ice on the lake at Bluewater last winter, his friends are planning to go skating on it again this weekend',
    "my sister's partner locked her in the flat for a day in October, she's moved out but he's found out where her new place is",
    "a man I refused to serve at the bar last month said he'd wait for me after my shift, he's been in every night since just staring and I finish at midnight tonight",
    "my ex broke my nose in 2023, he's been out of prison a week and my daughter says he's asked her for my number",
    "two lads robbed my son's phone at knifepoint in the park last week, he's seen them at the park every day since and still wants to go",
    // Thirty-second session, on descriptions written first and read before any change (each was over before):
    'the men who threatened to burn my shop down in the summer came in again today and just stood there staring at me',
    "my neighbour's partner pushed her down the stairs in october, she says it was an accident but I hear him shouting at her every night",
    // (was read as an absence that ended.)
    'my nephew went missing for four days last month, turned up in margate, and now hes got two phones and keeps getting calls at night',
    // (was none: no sign read.)
    "my neighbour's husband has been screaming at her every night for weeks and tonight I heard a loud bang and then nothing",
    // (was now: "the baby's 3 months now" is an age.)
    "my daughter's fella threw her phone at her head when she was pregnant, the baby's 3 months now and she's told me he's been grabbing her again",
    // (was over: what he has been doing at the children goes on.)
    'The man at number 19 has been revving his car at my kids and driving at them on the close, yesterday he swerved at my son on his scooter and only missed him by inches.',
    // Twins: after times long ago, words that say it goes on still keep it open (these read so before and after).
    "a man attacked my mum ten years ago and he's just moved in next door",
    "my ex broke my arm years ago and now he's turning up at my work again",
    "my brother stabbed someone years ago, he's out now and he's been threatening me",
    // (were over.)
    'a man who stalked me in 2022 got a restraining order against him, this week flowers turned up at my new address with no name on the card',
    "my neighbour's boyfriend set fire to her curtains in the summer while she was asleep, he's still got a key to her flat",
    // ("keeps going" was not read as a habit: "going" is not an act for "going to".)
    'my son jumped off the bridge at Ebbsfleet in the spring and survived, he keeps going back there and standing on the edge',
    'teenagers have been firing fireworks at people walking through the park, last night one hit an old man in the chest',
    "my lodger punched me in the face in november and I told him to leave, he's gone but he still has his stuff here and says he's coming for it on saturday",
    // (…and one that the first version of that change read as over, found by trying it with words it was not written from.)
    'someone set fire to our house ten years ago, now the same family are sending us letters',
    // ("now he…" after years still keeps it open: whoever did it, or whoever was at risk, back in the story.)
    "my ex tried to strangle me two years ago, now he's found me on facebook",
    "my uncle attacked my mum a decade ago, now he's moved in with my gran",
    "my brother tried to hang himself years ago, now he's saying the same things he said back then",
    // Thirty-third session (was none: the fear of being found was taken out as a worry).
    'im scared theyll find me',
    // (A twin: someone not seen, told in the passive, is still missing until told where they are.)
    "the lady at number 4 hadn't been seen for a few days",
    // (Was the 999 answer: "from time to time" is a habit.)
    'there is a smell of gas near the drain from time to time',
    // (Was over: brakes cut are a danger until mended, however long ago.)
    'the family who have been shouting at us since we moved in cut the brake lines on our car last night',
    // (Was over: shouting at women every morning goes on.)
    'a man at the bus stop has been shouting at women in headscarves every morning and yesterday he pulled one off and pushed the woman over',
    'a group of boys have been pelting my autistic son with stones on his way home from school and yesterday one hit his head',
    // (Was none: "keeps collapsing" with no one named just before it.)
    "my neighbour's son has been smoking spice in the stairwell and keeps collapsing",
    // (Was over: a threat in its own words, told in the present, looks ahead whenever the attack was.)
    "my daughter's boyfriend was stabbed outside the nightclub on saturday and the people who did it are messaging her saying she's next",
    // Thirty-fourth session (was now: "has poured" petrol tells of what was left, not of a fire burning).
    "someone has poured petrol through my letterbox, I've cleaned it up but I'm scared they'll come back and light it",
    // (Was over: the dog that bit him is out again.)
    "a dog from the flats attacked my son in the park yesterday, the owner just walked off, and I've seen the dog out again today off the lead",
    // (Were over: whoever did it is still driving round; she is still staying with him.)
    "a car tried to run my son over on purpose on the estate on Saturday, we know who it is and they're still driving round",
    "my daughter's husband dragged her down the stairs by her hair at the weekend, she's staying with them still because of the kids",
    // (Was now: no answer at the door is an absence, asked about; with smoke or gas it is now by itself.)
    "my elderly mum isn't answering her phone or door and there's post piling up",
    // Thirty-fifth session, twins of the none table's: the kids' own threat, a past time in a question, a child's age now.
    "one of the lads on the roof shouted that he's going to break my neck when he gets down",
    'he followed me home from the station again tonight, was it saturday I first reported him?',
    // A bus route is not a date (was over: "on the 480" read as "on the 14th").
    "I'm a bus driver on the 480. A group of lads boarded at the clock tower and one flashed a knife at a passenger. It was about 20 minutes ago.",
    // (A twin: a fear of the one who did it coming back.)
    "he stabbed my husband last week and now everyone is scared he'll come back",
    // A partner named after what she did, by itself: harm by a partner in the last day stays open (was over).
    "she threw a kettle of boiling water at me last night, my girlfriend, I've got burns on my arm, I'm a man and I don't know who to tell",
    // (A twin of the none table's empty house: the door of a home with people in it.)
    "someone keeps trying the door of our house at night when we're in bed",
    // Released, and in touch since ("he's texted me" read as "he is"): was over.
    "on saturday my ex broke in and smashed my phone, the police took him but he's been released and he's texted me",
    // Thirty-sixth session: an engine running in a closed garage (was the model's question).
    'the lad next door has been in the garage with the car engine running and the door shut for ages, I can smell fumes and he wont answer me',
    // A witness watched since the statement (was over: "the fight" the statement was about, and "last night").
    'Since I gave a statement about the fight, a car has been parked outside with two men in it every night. Last night one of them got out and photographed my house.',
    // (A twin of the none table's knife shown: a threat to stab, told to the police, stays a question.)
    'my son was threatened at the skate park, a lad said he would stab him, he has told the police',
    // A threat written up says itself, whenever it was written (was over: "last night").
    'someone has written "Pakis will burn" on the wall of our shop and last night someone tried our back door',
    // Waiting in a car outside her children's school (was none, and the model did not ask).
    'An ex-colleague keeps turning up at my house since I reported him to HR, yesterday he was waiting in the car outside my kids school',
    // Thirty-seventh session: a threat for Monday, just told (was the 999 answer: "just").
    "my son just told me a boy at college has been saying he's going to stab him on Monday",
    // A farewell from a son away at university (was the model's question).
    "my son texted me from uni saying he's had enough and he's sorry and he loves us, he's not answering his phone",
    // (Guards: a habit told in a sentence of its own keeps a threat told with a past time open. Tried in the
    // thirty-seventh session, a habit kept only beside a sign closed these.)
    'my ex keeps turning up at my house. Last week he threatened to kill me.',
    'The lads hang around outside my house most evenings. Last night one of them threatened to stab my son.',
    // Driven off drunk with the baby (was the model's question).
    "he's driven off drunk with the baby in the car",
    // "this is the last time" beside cuts is a farewell, not a time gone by (was over).
    'my daughter\'s friend posted a picture of cuts on her arm on instagram with "this is the last time", I don\'t know her address',
    // (A twin of the none table's threat to a dog: the dog and the one told.)
    "he said if I tell anyone he'll kill the dog and me",
    // A wall hit every night, and tonight it has gone quiet (was none, and the model did not ask).
    "I'm worried about my neighbour, every night I hear her partner shouting and something hitting the wall, tonight it's gone very quiet",
    // Boys who attacked three weeks ago "still going round saying they will do it again": a threat that goes on, not a
    // scene (was the 999 answer).
    'I want to report an assault that happened to my son three weeks ago outside the leisure centre. Two boys from his year punched him and took his phone. He had a black eye and a cut lip but he is fine now. The school knows. We reported it to police at the time but we have heard nothing and the same boys are still going round saying they will do it again to others.',
    // Lads "who carry knives": what they do, not a scene (was the 999 answer).
    "there are lads at my son's school who carry knives",
    // (Twins of the none table's landlord who keeps piling rubbish: a nuisance kept up by the one who threatened, or by an
    // ex.)
    'the man next door keeps parking across my drive. Last month he threatened to stab me.',
    'my ex keeps parking outside my house. Last week he threatened to kill me.',
    'The rats are now everywhere. Last week he threatened to stab me and he keeps dumping rubbish at my door.',
    // Thirty-ninth session. Brake cables "has cut": the danger is in the next ride, a question, not the 999 answer (was
    // now); someone "just come out of prison" who said he would come for the teller (was now).
    'Someone has cut the brake cables on my mobility scooter. I only noticed when I went to use it this morning.',
    "My neighbour's son has just come out of prison and he said he'll be coming for me for grassing on him. He's back next door as of yesterday.",
    // A partner who hit her on Saturday, "and they're still together" (was none).
    "My sister's girlfriend hit her in the face at a party on Saturday and they're still together. My sister says it was a one-off but it isn't the first time.",
    // (A twin of the none table's "has been caught", and of the above: a man out of prison seen "in the same pub".)
    'my brother got glassed in march and the bloke who did it has just come out of prison, he has been seen in the same pub',
    // Fortieth session. An ultimatum: leave, "or their house will burn" (was none).
    "An anonymous letter came through our door saying the new family at number 7 should leave or their house will burn. We're not the new family but we're scared for them",
    // Forty-first session. (A twin of the none table's case put to the service: "if he comes back", someone known.)
    'If he comes back with the knife what do I do',
    // Bleeding again after a stabbing last night (was none: over).
    'the man who was stabbed last night is back at the bus stop and bleeding again',
    // (Twins of the none table's "what do I do with a knife…" and "now they're always locked": someone with the knife;
    // whoever did it, always outside.)
    "what do I do with him, he's got a knife and he's drunk",
    "he stabbed my son last year and now they're always outside our house",
    // (Twins of the none table's "hasn't been back since the police visited" and "calmed down now": someone missing
    // since Friday; calmed down, but he is still outside with the knife, is the 999 answer in the now table.)
    "my son hasn't come back since friday",
    // (Twins of the none table's "on remand", "I think it's a game" and "follow up": not held any more; held, but his
    // mates look ahead; "I don't think it's a game".)
    'the man who was threatening me is not in custody any more',
    "he was threatening me, he's been jailed but his mates say they'll get me",
    "I don't think it's a game, they keep shouting we'll get you at my son",
    // A child hit by his dad last weekend, "meant to go again on Friday" (was none); (a twin of the none table's grave: a
    // death in a stabbing tonight).
    "my son says his dad hit him when he stayed last weekend, he's meant to go again on Friday",
    'the boy died in a stabbing in the park tonight',
    // Forty-second session (twins of the none table's "she'd been attacked", "came and arrested", "sent to prison" and
    // bird scarers: "he'd" as "he would" still threatens; arrested, then back; the attacker held, his brother following;
    // not the bird scarers).
    "she told me he'd kill her if she left",
    'the man who assaulted me has been sent to prison, and now his brother keeps following me',
    "I keep hearing gunshots at night, I don't think it's the bird scarers",
    // (A twin of the none table's "spoke to them… haven't seen them since": someone the police spoke to, then missing.)
    "the police spoke to my daughter on friday and we haven't seen her since",
    // (Twins of the none table's "checked and it's nothing": denied; "said it was not fake".)
    "the school says it was checked and it's not nothing, he has a gun in his bag",
    'the police said it was not fake and he still has the gun',
    // "Scared after being burgled" is told after it (was the 999 answer).
    'I feel scared after being burgled',
    // A picture of a knife with the resident's name on the blade (was none).
    'my cousin got sent a picture of a knife with my name written on the blade',
    // (Twins of the none table's keepsakes: a weapon of someone's, not an old one; an old one found, with no question.)
    'my son keeps a machete under his bed, how do I get rid of it?',
    'we found an old air rifle in the loft',
    // (Twins of the none table's fires counted: a home's, a shed's beside a home.)
    'my house has been set on fire twice this month',
    "the shed next to my house has been set on fire twice and I'm scared they'll come back",
    // (…and a post box, as the data labels it: gr12-0160.)
    'the post box on our road has been set alight twice, the fire brigade came last time',
    // Posts in a facebook group that a hotel "should be burnt down" (was the 999 answer: "there's a… group" a scene).
    "there's a facebook group for our village where people keep posting that the new asylum hotel should be burnt down",
    // Someone missing, told like a headline (was none).
    'kid missing',
    'daughter missing',
    // A knife painted on a door "after I gave a statement": done because of it (was none: a statement given read as
    // dealt with).
    'someone spray painted "grass" and a knife on my front door after I gave a statement',
    // A video going round of the teller's son being beaten up (was none: read as on a screen); shown, not now.
    "my son's friend told me there's a video going round of my son being beaten up and they're saying they'll do it again tomorrow",
    'a video of my son being beaten up',
    // A tracker found on a car or in a bag (was none).
    "someone put a tracker on my car, I found it under the wheel arch, I think it's my ex's new boyfriend",
    'I found an airtag in my handbag',
    // (A twin of the none table's report made about a fight: made about harm that goes on.)
    "I made a report about my ex hitting me and he keeps messaging saying he'll kill me",
    // (Forty-fourth session.) Bomb-making videos and a question of where to buy fertiliser (was none: "bomb making"
    // alone is extremism to report).
    'my stepson has been watching bomb making videos and asked me where to buy fertiliser',
    // Revenge said to come, after a stabbing; a car fire "they think was targeted" (were none: told after the event).
    "my son's mate was stabbed at a party on saturday and everyone is saying there'll be revenge this weekend",
    "someone set fire to my neighbour's car on the drive at 3am, the fire brigade came, they think it was targeted",
    // (Twins of the none table's "gone and smashed" and of someone with dementia brought back: a threat "going to", and
    // a habit of going out since.)
    "he said he's going to smash my face in when he sees me",
    'my mum has dementia and wandered off, the police brought her back but she keeps trying to go out at night',
    // (A twin of the none table's car that followed too close: followed closely on foot.)
    'a man followed me home closely all the way from the station',
    // Typos in someone missing or followed (were none).
    'my neice is mising since yesterdy',
    'this guy keeps folowing me round the shops',
    // Revenge said to come "tonight", and the same lads seen every day (were none: told after the event).
    "my friend's brother was stabbed last night and he's saying he's going to get the person back tonight",
    "a lad pulled a blade on my son at the station on Friday and it's the same lads he walks past every day",
    // (Twins of the none table's year long ago and knife painted on a bridge: whoever did it just seen; a knife painted
    // on a home's door.)
    "I was assaulted in 2019 and I've just seen the man who did it in Tesco, he didn't see me, I'm fine, I just wanted to tell someone",
    'someone has spray painted a knife on my front door',
    // What they have been doing and still do, beside a push into the canal yesterday (was none).
    'older kids have been making my autistic son hand over his dinner money and yesterday they pushed him into the canal',
    // A petrol bomb at a shop whoever runs it lives above (was none: last night).
    'someone threw a petrol bomb at the shop on Dover Road last night, the shopkeeper lives above it',
    // (Forty-fifth session.) A knife found and left where children come; knives shown in videos filmed nearby (was
    // none: on a screen); a stabbing said to be planned for a day ahead (was none: a worry). All were none.
    'found a knife in the bushes by the school gates, I left it there and the kids will be out soon',
    'lads showing off knives in videos filmed in the alley behind our house',
    'people are saying someone is going to get stabbed at the party on Saturday',
    // (A twin of the none table's memorial vandalised: whoever did it, his mates, at the teller's car.)
    'a man stabbed my brother last year and now his mates keep vandalising our car',
    // Too scared to sleep after petrol at the letterbox last night; a knife waved, asked if that is illegal; afraid of a
    // son who threw a plate at his mother on Sunday; bank statements checked, beside a punch last month; whoever
    // threatened asleep downstairs; the same lads on the bus every morning; knives sold out of a car boot (were none).
    "someone poured something that smelt like petrol through our letterbox last night, I'm scared to go to bed",
    'my neighbour waved a knife at me, is that illegal?',
    "my son smashed the TV and threw a plate at me on Sunday, I'm frightened of him",
    'my partner has been checking my bank statements and shouting at me, last month he punched me',
    "my dad threatened my mum with a knife last night, he's asleep upstairs",
    'a lad pulled a knife on another passenger on my bus on Monday, the same group gets on at the hospital every day',
    'some lads are selling knives out of a car boot behind the flats',
    // Whoever did it in the same class again tomorrow (was none).
    'the boy who punched my daughter last week is in her class again tomorrow',
    // Whoever did it there every day, a regular at the bar, glaring since; a dog still not muzzled; a rocket into a
    // mosque's window, "they'd be back" (were none).
    'the lads who beat up my son last week are there every day at the school gates',
    "my neighbour punched my brother on Friday and he's been glaring at us from his window since",
    'the dog that bit my daughter last month is still not muzzled',
    "someone let off a rocket into the mosque window during prayers last night and they shouted they'd be back",
    "a man hit my friend at the bar on Friday, he's a regular there",
    // Injuries seen, with nothing else a sign (were none; forty-sixth session): they ask, whatever is said of how.
    'my friend always has bruises on her arms and makes excuses',
    'my nephew came back with a cut on his face he wont explain',
    'my mum has a cut above her eye and my stepdad says she fell, this is the third time',
    'my colleague has finger marks on her arm again',
    "his face was all swollen when he got back from the pub and he's saying he'll go back to sort them out",
    // Kept open after a past time: a smell of petrol poured at the door, someone hurt not seen today, the same people who
    // threatened before, a threat that it goes on, whoever followed her knowing the house (were none).
    'someone poured something that smells like petrol over our front step last night',
    "the lad next door came home covered in blood last night, haven't seen him today",
    'our car was set alight on sunday, the police think it was the same people who threatened my son',
    'a boy punched my son yesterday and said it will happen every day until he pays',
    'two men followed my wife home from the station last night and they saw which house she went into',
    // A death wished on someone named, sprayed on a home (was none).
    'someone sprayed "die" and my son\'s name on our garage door',
    // A threat of what will happen in a sentence after the past one; a threat in its own words after "if he comes back"
    // (not someone back); found again, given up, or said they will find him; a graze (were none).
    'my son was stabbed yesterday. They say they will finish him',
    'my son was beaten up in November. The lads have since sent him messages saying they intend to finish him.',
    "a taxi driver got punched by a customer yesterday, the customer told him if he comes back he's a dead man",
    "my ex broke my arm two years ago, he's just found me on facebook",
    'my brother tried to take his own life in march, he has been discharged and has stopped answering his phone',
    "my grandson was mugged at the station on friday, he says they said they'd find him",
    'my elderly neighbour looks frightened and had a fresh graze on his forehead when I saw him',
    // Violence at home that goes on: holes punched in the walls (was none).
    'my teenage son punches holes in the walls and threatened his little sister with a knife on sunday',
    // Still with whoever hurt her, back with those who gave her the drugs, whoever tried to burn the door still driving
    // past (were none).
    "my mum's boyfriend threw her phone at her head on friday, she says she's staying with him",
    "my friend overdosed last weekend, she's back in the flat with the same people who gave her the drugs",
    'someone tried to set fire to our front door in october, they still drive past slowly every night',
    // A van driven straight at children as a habit; an ex who knows every place she goes (were none).
    'the same van drives straight at the children on the crossing every day and the driver laughs',
    'my ex keeps commenting on my photos, he seems to know every place I go',
    // Whoever did it moved in behind (forty-seventh session; was none).
    'my son was mugged at knifepoint in march and one of the lads who did it has just moved into the flats behind us',
    // Nowhere else to go, after a partner's violence (were none).
    "My partner has never hit me but he smashed my phone last week and punched the wall next to my head on sunday. He says it's my fault for winding him up. I've got nowhere else to go with the kids.",
    // A burn seen, an injury (was the 999 answer: "burn … her" read as a threat to burn someone).
    "I'm a pharmacist and a regular customer who is usually very chatty came in today confused, with a burn on her hand, and said her son 'looks after' her money now. I'm concerned.",
    'she has a burn on her arm and says she did it on the iron',
    // (Twins of the none table's harmless: said by others beside a fear; not harmless.)
    "a man keeps following my daughter home from school, everyone says he's harmless but she's terrified",
    'those lads fighting outside the Co-op are not harmless, one of them follows my son home every day',
    // A runaway brought back who threatens to go again (was none).
    "my daughter ran away last weekend, the police brought her back but she's threatening to go again and won't say where she was",
    // (A twin of the none table's "just glad it's over": the man's friends say it is not.)
    "my brother was attacked in the town centre in the summer and the man's friends have been messaging him saying it's not over",
    // A BB gun pointed at children, and whoever did it "back tomorrow" (was none; "back tomorrow" is not here now).
    'a lad brought a BB gun to school and pointed it at year 7s, he has been sent home but he is back tomorrow',
    // Whoever did it "hasn't been caught" (was none: read as caught).
    "there was a stabbing on our estate this morning and the lad who did it hasn't been caught, my kids walk that way to school",
    // Harm that has been going on, in the passive (was none).
    "my son's been getting beaten up on the way home from school by the same three boys, yesterday they took his shoes",
    // Threats that have started, beside a knife out yesterday (forty-eighth session; was none); a habit of standing outside
    // with a knife (a twin of the now table's school gates).
    'the people in the crack house next door have started threatening us and one had a knife out yesterday when my husband asked them to keep it down',
    'he has a knife and he waits outside the school every day',
    // A video of a knife sent to someone who owes money (forty-eighth session; was none: a weapon on a screen).
    "my son owes money to dealers and they sent him a video of a knife saying he's got till friday",
    // Threatened with a walking stick (forty-eighth session; was none: a walking stick is a look-alike when pointed).
    "my grandad keeps threatening my nan with his walking stick when he's had a drink and she's scared to be alone with him",
    // Whoever did it about again today, after last night (forty-eighth session; were none: over).
    'a man followed me from the station last night and today I saw him across the road from my house',
    'my son got punched off his bike by a lad on a moped last night and the same lad has been circling our road today',
    // Back to whoever did it; someone letting themselves in (forty-eighth session; were none).
    "my ex hit our son when he had him at the weekend and he's due to have him again on saturday",
    "someone has been letting themselves into my flat when I'm out, things are moved and I found a cigarette in my bedroom",
    // Followed down a train carriage, told in the past: "wouldn't stop following us" is not this minute (forty-ninth
    // session; was the 999 answer). A habit of fights with lads who threaten to stab (a twin of the none table's fights).
    "a man on the train called my friend a spastic and wouldn't stop following us down the carriage",
    "my son keeps getting into fights with lads who say they'll stab him",
    // (A twin of the now table's child held in a car: a habit.)
    "he's got my son in the car every other weekend and drives like a maniac",
    // (Twins of the none table's man seen in court: seen outside the house, or threatening at court, today.)
    'my neighbour punched me last week, he was arrested and today I saw him outside my house',
    'my neighbour punched me last week, he was arrested and today he turned up at court and threatened me',
    // A son tied to a tree (forty-ninth session; was none).
    'some boys tied my autistic son to a tree in the woods and filmed it',
    // Not seen since a note, his car found at the cliffs: a thing of his found, not him (forty-ninth session; was none,
    // and the model did not read it again).
    "my brother hasn't been seen since he left a note on friday, his car was found at the white cliffs",
    // (Fiftieth session, twins of the none table's look-alikes: followed by a person, not a forum; a threat to kill a
    // person, not a high street.)
    'my ex has been following me and my new partner around town',
    "he says he's going to kill the landlord when he sees him",
    // Fear typed as the whole message (fiftieth session; was none, and too short for the model: "im scared" at the
    // story's question was taken as the story).
    'im scared',
    "I'm so scared!!",
    'help im scared',
    // Whoever threatened, let out on bail and outside the resident's house this morning (fiftieth session; was none:
    // "released" told it as over); twin: "you're dead" shouted, not "dead to me".
    'Update: the man who threatened to stab me last month has been released on bail and was outside my house this morning',
    'he keeps shouting "you\'re dead" at my husband over a parking row',
  ];
  const none = [
    "I'm still stuck in traffic, the lights on the A2 have been broken for a week",
    "we're still locked in a dispute with the council about the hedge",
    "my son was punched at the park yesterday, he wouldn't go to hospital but he's fine now",
    'Pigeons being kept in a loft next door, they make a racket at 5am and mess on our cars',
    "A man who stole from the shop pushed past me on his way out, I'm fine, just reporting it",
    "Back in the summer holidays a boy punched my son at the lido, we didn't report it then but I want it noted now",
    'Loads of kids climbing the fence into the closed swimming pool at night and jumping in, someone will drown one day',
    // …but one told in the past is, whatever is said of later.
    'my son was punched on Friday at football and the club say they will deal with it',
    'Used nappies being thrown over the wall into the school playground',
    'Found a flag with a white power symbol hanging from the footbridge over the A2',
    'My son had a scrap with another boy at football, both were told off, we just want it noted',
    'The travellers on the field next to the school have been lighting fires and letting their horses loose',
    "I'm not in danger, just want to report a broken street light on Vale Road",
    'people camping in tents in the woods by the lake, loud parties and fires at night',
    'There are used needles in the play area by St Marys Church, someone could hurt themselves',
    'the bouncers kicked him out of the club for being too drunk',
    'my nephew keeps talking about going abroad to fight for some group',
    'the bass from next door is killing me, I have not slept in weeks',
    'parking on our road is a death trap for the kids crossing to school',
    'Loud music every Friday night',
    'Someone fly tipped a fridge last week',
    'There was a fight outside the pub last month',
    'Graffiti on the garage doors',
    'someone was stabbed near the shops last year and people are still scared',
    'my partner threatened me with a knife two years ago',
    'the neighbours’ smoke alarm beeps all day',
    'there is a knife block and other kitchen stuff dumped by the bins',
    'kids playing fighting games on the xbox shouting till midnight',
    'a black car has been parked on the verge for weeks',
    'nobody is getting hurt, it is just very loud',
    'cars doing donuts in the car park at night, tyre smoke everywhere',
    'there is a burnt out car left in the lane behind the farm',
    'a knife shop is opening on the high street, do they need a licence',
    'kids jumping between the garage roofs all evening',
    'a lad was stabbed outside the chippy last month and now everyone is scared to go there',
    'my cat went missing last year but came back',
    'the kebab shop has knives on display in the window',
    'my neighbour’s barbecue smoke comes into my garden every weekend',
    'he used to hit me but I left him in 2019',
    'the street lights on our road have been out for weeks',
    'boy racers speed past the school, one day a kid will get killed',
    'kids climbing on the garage roofs again',
    'a water fight with water pistols in the park got everyone soaked',
    'my mum died of a heart attack last year and the noise next door is too much for me now',
    'the man who attacked me in 2019 is still in prison',
    'the bus stop was set on fire a while back and still is not fixed',
    'my manager will kill me if I am late again because of the road works',
    'the path is full of broken glass from the weekend',
    'a fox has been attacking our bin bags',
    'she says she will get me evicted',
    'a car shot past the school at 60',
    'a man grabbed me by the throat in the pub car park last night',
    'kids climb onto the bus shelter and jump off it',
    'we were attacked outside the club in the summer and nothing was done',
    'the kids had replica guns in the park and it frightened people',
    'our garage was broken into a couple of weeks ago',
    'he has said it twice now and I just want it on record',
    'there are loads of problems with drug dealing on our estate',
    'the man across the road keeps parking on my drive and swearing at me',
    'my son keeps saying we need to fight the government',
    'the taxi driver kicked us out of the cab',
    'lads keep kicking her bins over',
    'my son was in a fight at school last term but it is all sorted now',
    'the kids had a water balloon fight in the street',
    'the kids run riot in the shopping centre after school',
    'the staff at the youth club cannot cope with the numbers',
    // Smoke from burning things on purpose is a nuisance; a shed broken into is over.
    'the man behind us burns old tyres every sunday and the black smoke fills our kitchen',
    'my allotment shed got broken into and the mower went',
    // "now" after a danger that a time puts in the past: a contrast, not danger now.
    'a boy drowned in the lake three years ago and now the council wants to fence it',
    'a woman was mugged here years ago and people still avoid the underpass',
    // Children at a window are not a child on a ledge.
    'kids keep tapping on my window and running off',
    'I have struggled to sleep since the burglary in february',
    // "ready now" is the resident, not the danger.
    'I want to report a robbery that happened to me in 2021 and I am ready now',
    // An -ing form takes its time from the sentence.
    'we were drinking and fighting at a party on saturday night but everyone is fine',
    'I was mugged years ago by someone I now see at the gym',
    // The look-alikes the words above must not fall into.
    'a group of youths block the footpath on their bikes and will not move',
    "he won't move his car off my drive",
    'kids jumping over the fences into gardens',
    'there is a knife lying in the grass by the swings',
    'we were just killing time at the station',
    'back in the summer my son was stabbed',
    'he told me to drop dead',
    'young people lighting small fires on the playing fields',
    "there's a huge bonfire on the green every year",
    // Safe now: over, by the definition.
    "a gang with bats chased my son home, he's inside now and safe",
    'all 4 of my tyres were slashed overnight, this is the third time this year',
    "cannabis smoke coming through the vents into my baby's bedroom every night",
    'kids keep moving my white stick and watching me walk into things',
    'my shed door has been kicked in and the lock broken, nothing taken',
    'the corner shop is going under because of the new tesco',
    'my boys like swimming in the river in summer',
    // What a screen shows, shouting at one, play.
    'my son watches videos of people getting stabbed',
    'the action films next door have gunfire and explosions at full volume all night',
    'a man upstairs screams at his xbox game every night, shouting kill him kill him',
    "the kids in the park shout they'll kill each other, it's just a game",
    'some teenagers pretend to fight in the middle of the road to make cars stop',
    "dog next door barking 24/7 literally can't take it anymore",
    "he threatened to sue me if I don't move my car",
    'kids are always fighting over the swings in the park',
    'two dogs were fighting in the park and the owners were shouting',
    'someone has been following my posts online and leaving nasty comments',
    "there's a gap in the fence where people break in to the field",
    'my car got stuck in the mud on the verge',
    'the bins have been missing since last week',
    'my cat has gone missing',
    'back in 2022 a neighbour threatened to kill our cat, it stopped when he moved',
    'my son fell off the climbing frame last week and broke his arm, the equipment is unsafe',
    'when I was at school they kept hitting me',
    'kids set off fire crackers in the alley every night',
    // Figures of speech.
    'the kids were killing themselves laughing at the bus stop',
    'my feet are killing me after standing at the bus stop for an hour',
    'the heat in this flat is killing me and the landlord will not fix the window',
    'can someone shoot me a message when the road is cleared',
    'a lad from school keeps hitting me up on snapchat',
    'my son beat me at pool and I am furious lol',
    "there's a boxing match at the leisure centre tonight and the car park will be rammed",
    // A car broken into, told of: a theft (one being broken into now is a crime happening now).
    'my neighbour asked me to report that his car was broken into',
    // 2026-12-03: 'a bit' is a while; things that don't move or collapse; what is left is still there.
    'kids keep climbing onto the garage roofs and the roofs are collapsing',
    'someone set fire to the wheelie bins last night, the fire brigade put it out but the mess is still there',
    "the car hasn't moved in weeks",
    'teenagers let off fire extinguishers in the stairwell of our block and left it in a state',
    "someone's kicked in the fence panels between our garden and the alley, it's wide open now",
    'the youths at the rec are always scrapping with each other for fun and filming it, it’s horseplay',
    'the gym under our flat drops weights all evening and it sounds like bombs going off',
    "she's taken her kids to her mum's for the weekend",
    "I've taken my son to the doctor",
    'he collapsed last week and we waited for the ambulance for 3 hours',
    // Told after the event: recently, a crime number.
    'there was a stabbing near the station recently, we want more police',
    "I was mugged recently and I want to know if there's CCTV",
    'my son was punched on the river path, crime reference 46/1234/26',
    'my nan died last year, she collapsed and never woke up',
    'he collapsed yesterday and was taken to hospital',
    'my daughter was attacked at school and the school did nothing',
    'a man punched my son outside the shop, I reported it to the police',
    "there's a memorial with flowers where the boy was stabbed, can the council look after it",
    "lads are doing fight club type stuff in the woods and filming it, they're all willing",
    "there's smoke from their wood burner all evening",
    // How it ended: fine now, nobody hurt, shaken up, arrested.
    "my son was stabbed, he's ok now",
    'my dad got knocked to the ground by a lad who grabbed his wallet, he’s 78 and shaken up',
    'a man punched my brother outside the club and was arrested',
    'a man attacked my son, nobody was hurt badly luckily',
    "my son was punched, I'm still in shock",
    'my daughter was attacked at school and nothing was done',
    "there's smoke coming from next door's chimney every day and it comes in my windows",
    'I swept out the garage',
    'the rumour is spreading to other mums',
    'a man stabbed outside the co-op last night has died',
    "there's a fire door propped open all day",
    "there's a fire exit blocked with bikes",
    "the kids won't stop fighting over the xbox",
    "he wouldn't stop hitting her last night",
    "I don't feel safe walking in the park at night",
    "I'm not sure if he's dead serious about moving",
    'the bloke at number 4 is dead rude',
    'the postman is at the door every morning',
    'we took the kids skating on the ice rink',
    'someone upstairs keeps banging at night',
    "I'm strapped for cash this month",
    'kids keep throwing water bombs from the top floor of the car park at people walking below',
    "my wheelie bin was set on fire last night, the fire brigade came and it's just a melted lump now",
    "a dead deer has been hit by a car on the A2 slip road, it's on the verge",
    'the lads on the corner are strapped with little bags of weed and sell to anyone',
    'I get panic attacks when the neighbours shout',
    "the council's letter is not making sense",
    "there's a gash in my car door",
    'my grandson disappears for days and won’t say where he’s been',
    'the rubbish is still on the floor',
    'someone keeps parking their van on the pavement so I have to push my son’s wheelchair into the road',
    'the kids have been throwing stones at the empty house next door and all the windows are smashed now',
    "there's a needle on the playground by the swings",
    'he attacked me on the 14th',
    'he punched my son on 3rd june',
    'I have been threatened with eviction',
    'a lad overdosed in the park toilets last summer and nothing has changed, people still use them to take drugs every night',
    "my son got punched at the bus station on saturday, he's ok now but the lads are always there",
    'the students in the house opposite had a massive party and someone was sick in my front garden',
    'my son was jumped walking back from football and had to have stitches in his lip, we want the lads caught',
    "I was pushed over by a man on a bike on the river path and hurt my wrist, I've been to the minor injuries unit and it's sprained",
    'a man head butted my husband in the taxi queue, the bouncers held him until the police took him away',
    "I'd like to report an assault on my son at Bluewater, he was punched by a group of boys, he's shaken but ok, we have photos of them",
    'my elderly dad had a fall in the high street because of the broken paving slab, he was taken to hospital and is recovering',
    "a driver got out of his car and threatened to punch me after I beeped at him, then he drove off, I've got his number plate",
    "found my 15 year old passed out drunk and stoned in his room, he's fine now, but who is selling to kids round here?",
    "the fire in the bin store was put out quickly, nobody was hurt, but it's the third one this month",
    'there was a big fight at the school gates between parents, the head has banned both families from the site',
    'the man upstairs bangs on my door when I play music',
    'I want to make a complaint about how the officer spoke to me when I reported a burglary',
    "a dealer told my son to keep his mouth shut or else after he saw something, this was a couple of months ago and he's been fine since",
    "my neighbour said 'you'll regret that' when I parked in his usual space, it's just petty",
    "a woman from church keeps turning up at my door uninvited and won't leave when I ask her to",
    'a loose horse is wandering on the road near the Bluewater roundabout',
    'a man pulled at my hijab in the supermarket and called me a terrorist',
    'someones burnt out a car on the field behind the flats, been there a week',
    'lads throw things at me and shout when I walk home',
    "it's been a living hell since they moved in",
    "my son was chased by a group of lads last year, it was sorted out by the school and they've since left",
    'my ex used to hit me years ago, he lives abroad now and I have no contact, I just want advice on my rights',
    "my mum went missing for a few hours last week, the police found her in town, she's now in a care home",
    "a lad was stabbed on our estate last year, I want to know if there's funding for a youth club",
    "someone threatened me at the bus stop a few months ago, I haven't seen them since and I'm fine",
    "on Sunday my son was beaten up at the park, he's had a check up at hospital and is fine, the boys have been arrested",
    'in 2021 my ex was convicted of assaulting me and he has a restraining order, I have no problems now, I am asking about housing',
    "my friend tried to kill herself last year, she's doing really well now, I want to know about local support groups",
    "back in the summer a man threatened my husband at the pub but it was a one-off and we've not seen him since",
    'last month a car mounted the pavement and hit a lamp post right next to the school, can we get bollards',
    "my son was attacked at the bus station in September, the police caught the lads and it's going to court, I'm scared of giving evidence though",
    "someone set fire to our shed last year and now we're scared every bonfire night",
    "the man who threatened me at work has moved back into the area, I saw him at Tesco, he didn't see me",
    'I left my violent ex three years ago and he lives on the same estate as my mum, I avoid going there',
    'there was a fight outside the pub last weekend and the same lads are always there drinking on the benches',
    "my son ran away from home last year for a night, we got him back and he's doing well, I want to thank the officer who found him",
    "last year a group of lads chased my son, they've since moved away and he's fine now, I'm just asking about a youth club",
    'a man overdosed in the flats last month, the dealers are still using the flat opposite every night',
    "I was mugged ten years ago and I'm still scared going out at night, can we have better lighting on the path",
    "my mum's ex used to hit her when I was little, I'm 30 now and I want to know if I can see the police records",
    'a lady collapsed in the queue at the post office this morning, the staff were brilliant and the ambulance came quickly',
    "a motorbike crashed on the bend last month, it's dangerous, people drive too fast there every day",
    "I reported my neighbour for threatening me and he's now been given an injunction, he's kept away since",
    "I haven't seen my neighbour for a couple of weeks but I think she's gone on holiday to her daughter's, should I worry?",
    'A group of lads race their cars up and down the retail park most nights. Customers leaving the gym have to wait for them to stop.',
    'kids are throwing stones at the empty factory windows right now',
    'my son was robbed at the bus stop last Thursday, the police have got the boys and the school is supporting him',
    "my ex hit me two years ago, I moved to a new area and he doesn't know where I am, I'd like counselling",
    "my sister took an overdose in the summer, she's had lots of support and is back at work and doing well",
    'someone put a firework through our letterbox back in May, nothing since, the police gave us a fire-proof letterbox',
    "my grandad went missing on Sunday afternoon but a neighbour found him an hour later, we've set up a tracker now",
    'my husband was attacked with a hammer in 2022, the man went to prison and has since moved to Scotland',
    "my mum had a stroke last year, she's recovered well, I'm asking about blue badges",
    "a month ago my dad hit my mum, she's left him and is living with us now, we have a non-molestation order",
    "my daughter went missing with older men for two nights last year, she's had support and is doing well at college now",
    "last summer someone threatened to burn us out over a boundary dispute, it went to mediation and it's been fine since",
    "the neighbours' parrot screams all day, I work nights and can't sleep",
    'lads doing wheelies through the cemetery and knocking over flowers on graves',
    "the woman next door keeps telling people I abuse my dog, I don't, and she's reported me to the RSPCA twice",
    'someone ripped the wing mirrors off three cars on our street overnight',
    'people using the bus lane on the A226 as a racing strip at night',
    'a load of broken glass and rubble has been dumped on the footpath by the allotments',
    'men sitting in cars outside the leisure centre every evening, people walk up, hand something through the window and leave',
    'I was told to contact you about a noise complaint, is this the right place?',
    'my son was punched at school a few weeks ago, the school dealt with it and the boys apologised',
    "I think my neighbour is lonely and her son shouts at her when he visits, I don't think he hurts her",
    'the man at the car wash called my dad a terrorist and told him to go back to his own country',
    'someone keeps writing "gay" on our car and the kids laugh at my son about it',
    'the windows of the Kingdom Hall were smashed again and "cult" painted on the door',
    "my dad fell in his garden last week, he's fine, but I'd like a welfare check service for him",
    'I think the car wash workers live in the unit behind it, there are mattresses visible through the window',
    "a man keeps asking my daughter for her snapchat at the bus stop, she's 15, she's blocked him",
    'youths letting off fireworks in the street at 11pm, scaring my dog',
    "there was a brawl at the football club last season and the club has been fined, I just want to know if it's safe to take my kids",
    "found a bag of pills in my teenager's room, what should I do?",
    "there's been a burnt out car in the lay-by for weeks now, nobody has moved it",
    'kids make gun noises at my son and call him names on the way to school',
    "my nan had a fall in the spring and was in hospital for a fortnight, she's home and doing well now",
    'there was a stabbing at the fair last year and the stalls are back again this week',
    'a man followed me from the station on monday but it turned out he lives in the next street, I feel silly now',
    // Where someone is now, and why the resident writes, are not words of now; someone picked up by police was found.
    "my ex broke my arm years ago, he lives in Scotland now, I'm just updating my details",
    "my dad tried to overdose in the spring, he's in a rehab unit now getting help",
    "my son was picked up by police from a trap house last month, he's home and back at school",
    "my sister went missing for two days at half term, police found her at a friend's house and she's been fine since",
    "last year my partner hit me, I left and I'm in a refuge now",
    'someone left a burnt out mattress by the bins',
    "my brother was mugged in the city centre, it's years ago now but he still has nightmares",
    "my cousin was stabbed near the station in spring, the man who did it got 8 years, we're trying to move on",
    // Afraid to go out years after: fear, not a danger that goes on.
    "I was robbed at knifepoint in 2020 and I've been afraid to go out at night ever since, is there a support group",
    // What someone is said to have done.
    'people at work are spreading rumours that I hit my wife',
    // What a fire left, and the fire service that has been (not blanked with the look-alike 'fire service').
    "someone set fire to the skip on our road again, it's just a charred shell now",
    'kids set the bins alight in the alley, the fire brigade have already been',
    // Things broken with stones, pushes at school, jokes, a hard time: none of them a danger.
    'someone smashed the windows of the bus shelter with bricks',
    'my daughter was tripped up in the playground and grazed her hands, the teacher saw it',
    'my uncle makes jokes about shooting the pigeons on his shed',
    "my daughter was in a fight at school in march, she's struggling with her confidence since",
    // Told after the event, with nothing going on: a report, not a danger.
    'a woman slapped me in the queue at the chemist, I am ok but it shook me up',
    'my son was punched at cadets, the leader has spoken to his parents',
    'a man grabbed my arm on the bus, I told the driver and he got off, I want it on record',
    "my daughter's phone was taken from her bag at the cinema",
    "my son had his arm broken in a fight outside the school gates, it's been reported",
    "someone tried to set fire to my shed but it didn't catch, there's a scorch mark on the door",
    'the youths set fire to a bin on bonfire night, the plastic has all melted',
    // Whoever hurt someone does not know where they live: that is not a risk that goes on.
    "my stepdad used to hit me years ago, he doesn't know where I live now and I'm safe",
    'she fainted at the bus stop but she is fine now',
    // Following up a report, a worry about someone's own neck, a thing hit by a car, an owner who won't come out.
    "I'm just following up on my complaint about the fly tipping",
    'kids doing flips on the bus shelter, somebody is going to break their neck',
    'the bollard outside the school was knocked over by a van last night',
    "the owner won't answer the door and his van is blocking my drive",
    'my husband was beaten up outside the station on Friday night, he is recovering now and the police have a statement',
    "I finally got hold of my daughter on the phone, she's at her friend's",
    // Help to do something, a weapon found lying about, a dog that ran at someone and was called back.
    'please can someone help her find a food bank, there is an old lady sleeping in the bus shelter',
    'we found a rusty machete under a bush in the park, where do we hand it in',
    "a big dog ran at my daughter in the park but didn't touch her",
    "some lads keep following my son's tiktok and posting mean comments",
    'an old man keeps ramming people’s trolleys in the supermarket',
    "my in-laws are coming for my daughter's christening",
    'the bailiffs are coming for my dad on Monday about his debts',
    "my uncle's shotgun licence is up for renewal, who do I ask",
    "a boy punched my son in the summer but he's alright now, they've made up",
    'the coach was stuck on the bridge for an hour in the traffic',
    "my neighbour is burning branches and clippings in his garden and there's smoke everywhere",
    "someone's kicked over the plant pots outside the library",
    'a charity chugger followed me halfway down the high street',
    // Hearsay of a weapon is not one seen (eleventh session).
    'there are rumours going round that a boy took a knife into the academy',
    // Worries about crime in general, an animal bitten by an animal, a trade's smell, someone in prison for what he did,
    // an accident feared.
    'my dad is nervous about burglaries since the break in next door, can we get a free door chain',
    'our cat was attacked by a dog in the garden',
    "there's a smell of burning plastic from the recycling plant every morning",
    'the man who lived here is in prison for stabbing his brother, can I find out when he gets out',
    "there's loads of glass in the play area, somebody is going to get cut",
    // Told for the record after an apology; someone who did something, not seen since, is not missing.
    "I was pushed over by a cyclist on the towpath, he said sorry after, just letting you know it's a problem",
    "there was a man who exposed himself by the canal but I've not seen him for months",
    // Things attacked or gone missing, a ball, a shooting ground, a weapon found and handed in.
    'the drain cover outside our house has gone missing, someone will twist an ankle',
    'someone attacked the planters by the station and snapped the little trees',
    'my son got hit by a cricket ball at practice and has a bruise',
    'my son found an old knife and some needles behind the garages and handed them in at the police station',
    // Tools, games, jobs, policies, a trade's smell, pyrotechnics, a shout at a dog, a hazard: the words of danger in
    // everyday use.
    'the old man opposite chops firewood with an axe on his drive at 6am',
    "she keeps following me on all my socials even though I've blocked her",
    "we are fighting the council's decision to close the library",
    "what is the school's policy on knives, my son was searched",
    'a burning smell from the bakery extractor every morning',
    'a burning smell from the chip shop next door',
    'ultras let off smoke bombs outside the ground, green smoke everywhere',
    "my neighbour screams I'm going to kill you at his dog in the garden",
    // Followed round a shop by its staff; knocked out in a sport; trapped in a job; a worry about many.
    "my daughter was followed round the supermarket by a store detective and she's in tears",
    "my son got knocked out during boxing training, the coach rang me, he's fine",
    'I feel trapped in this job, my boss shouts at everyone',
    "there's a rise in the number of teenagers self harming round here, what's being done",
    // A trap house boarded up; watched, not followed.
    'the old trap house by the garages was boarded up by the council',
    'the woman at the till follows me with her eyes every time I go in',
    // A parrot's cry, a crossbow for targets, "killed it", an attack dealt with or not taken further.
    'our parrot screams help me all day and the neighbours keep knocking to check',
    'my neighbour keeps a crossbow for target practice in his back garden',
    'she absolutely killed it at the talent show',
    'my son got punched at rugby training, the club dealt with it',
    "my daughter was pushed over at the park by an older girl, we're not taking it further",
    // A fire put out by the fire brigade; a burglary before, told for advice.
    "a barbecue set fire to the grass on the common, the fire brigade came and it's out now",
    "we've been burgled before and I want advice on better locks",
    // Fear of going out, a parent's own school run, "eye rolling" at someone.
    'nobody goes out after dark round here because of the gangs',
    'I pick up my little girls from school and the road is dangerous',
    'the staff at the council office were eye rolling at me',
    // A vehicle left on its roof or side, nobody in it.
    "there's an abandoned car on its roof in the woods, it's been there a week",
    'a stolen car was dumped on its side in the field',
    // A sound named for what it was; hearsay of something past; someone checked and resting now.
    'someone let off a banger at midnight and it sounded like gunfire',
    "there's a video on snapchat of a fight, people are saying it was a stabbing",
    "my dad had a fall on sunday, the paramedics checked him over and he's resting now",
    // Waiting for news is not someone waiting; a memorial kicked over is not someone kicked.
    "I'm waiting for an update about the man who assaulted me in 2023",
    'a memorial bench for a lad who was stabbed here years ago and kids kick it over',
    // An accident feared; a weapon on skin.
    'the lads racing on the A2 are going to kill themselves at this rate',
    'a lad with a tattoo of a gun on his neck sits outside the shop all day',
    // Play on low roofs is not someone about to jump.
    'boys from the flats jumping off the garage roofs all afternoon',
    // A collapse told in the past tense and dealt with.
    "my husband collapsed at work this morning, he's been taken to hospital",
    // Old stains; a burnt-out car; a threat at a referee; a hazard for kids.
    "someone's dumped a mattress covered in blood stains by the recycling bins, probably from a nosebleed",
    "a car has been on fire in the lay-by on the A2, it's burnt out now and just sitting there",
    "a drunk man was shouting that he'd kill the referee at the Sunday league game",
    'the bus shelter on London Road has been smashed again, there’s glass everywhere for kids to cut themselves on',
    // Toy weapons; a weapon drawn on a wall; a hazard for a child.
    'the kids next door are having a battle with wooden swords in the garden',
    "graffiti of a gun and 'RIP' has been sprayed on the subway wall",
    'the swings at Central Park are broken and a child could get hurt',
    // Everyday words: a figure of speech, a photo shoot, a nail gun, a tyre, a near miss, an emoji.
    "I'm drowning in paperwork trying to get the council to fix our damp, nobody calls back",
    "next door's teenager is on his drum kit for hours, it's murder on my nerves",
    "there's a photo shoot happening on our road every weekend blocking driveways",
    'my neighbour uses a nail gun in his garden till 10pm building a shed',
    'someone stuck a knife through my tyre overnight, I found it flat this morning',
    'cars keep parking on the zig zags at school time and the lollipop lady nearly got hit',
    'my daughter said a boy at school has a knife emoji as his profile picture',
    // Singing likened to a strangling, dogs' howling to a killing; a bomb threat that was a hoax.
    "the man upstairs sings at the top of his lungs like he's being strangled, every night",
    "dogs barking for hours when the owners go to work, they howl like someone's killing them",
    // Smokers' smoke drifting in (smoke pouring out of a flat stays a fire).
    "we've got a new baby and the neighbours smoke on their balcony under our window, the smoke comes into the nursery",
    // A fire remembered in nightmares; a fire feared from a father's forgetting.
    'I keep having nightmares about the fire at our old flat last year, is there someone I can talk to',
    "my elderly dad keeps leaving the gas hob on, nothing's happened yet but I'm scared he'll burn the house down one day",
    'my son’s school was evacuated because of a bomb threat, it turned out to be a hoax, I want to complain about the communication',
    // Feeling trapped.
    "my neighbour keeps knocking on my door asking for money, I feel a bit trapped because he knows I'm home",
    // A game won; a song's words; a ruin burnt again; a fire told with everyone safe, or out now; a figure of speech.
    'ppl keep sayin they gonna "end" my son online cos he beat them at fifa lol hes fine but its doin my head in',
    'my neighbour is blasting drill music about stabbing people at 2am every night',
    "somebody has torched the old burnt out garage again, it's just rubble now, kids go in there",
    'a car on fire on the M25 this morning caused huge delays, everyone got out ok',
    "my fence was set alight by the neighbour's bonfire, the fire's out now but half the fence is gone",
    "there's a woman screaming blue murder at her husband every time he comes in late",
    // "Not seen him since" is about whoever did something, told of in the sentence before.
    "A few weeks ago a man from the pub shouted abuse at me when I asked him to move his car. I haven't seen him since and it hasn't happened again but I wanted to log it in case.",
    // Online, not in person; a console taken; a film heard through the wall.
    'a woman on my road has gone missing from the Facebook group after an argument, I hope she’s ok haha',
    'my daughter is being followed by a boy from school on TikTok and he comments on everything she posts',
    "my son's xbox got taken off him by older boys in the park, they said he could have it back tomorrow",
    "someone's playing a horror film so loud I can hear people screaming for help through the wall",
    // Figures of speech and everyday words: dust, an animal stuck, an awareness week, a tree, post, letters, a strike.
    "the dust from the building site is so bad I can't breathe when I open the windows",
    "we're being held hostage by the noise from the new bar, we can't sleep or open windows",
    "there's a bird trapped in the chimney of the empty flat next door, it's been flapping for two days",
    'the council are bleeding us dry with parking charges and the car park is full of broken glass',
    "the school is doing a self harm awareness week and I want to know what they're teaching",
    "someone took an axe to the tree in the park and it's half cut through",
    'my post keeps going missing, I think someone in the block is taking it',
    // More everyday words: drowned out, a trapped nerve, radiators bled, CDs burnt, a stab at something.
    'the music next door drowns out my telly every night',
    "my neighbour has a trapped nerve and can't take her bins out, can the council help",
    "the radiators in the community centre need bleeding, the hall is freezing for the pensioners' lunch",
    "someone's burning CDs of their band and playing them out of the car with the windows down at midnight",
    "I'd like to have a stab at organising a street clean up, who do I talk to",
    // A shooting range; a feeling.
    'my son is going to a shooting range for his birthday',
    // Tombstoning; a drowning feared one day.
    'kids are jumping off the bridge into the river at the Promenade in this heat, they love it',
    "the kids from the estate have made a rope swing over the river and I'm scared one will drown one day",
    // Kept in by a broken lift, not shut in.
    'the lift in my block has been broken for three weeks and my neighbour in a wheelchair is trapped in her flat',
    // The teller's own mind ("I keep thinking about it") is not a habit that keeps a past danger open.
    'a man had a heart attack at the bus stop yesterday, the ambulance came and took him, I just keep thinking about it',
    // A doormat slashed.
    'our rainbow doormat has been slashed and someone wrote "not in our street" on the path in chalk',
    // Put in hospital last year, by a man now far away.
    'he put her in hospital last year but she left him and he lives in Wales now',
    // A son lost, long ago.
    "I've struggled since I lost my son in a car crash",
    // A tree that could fall.
    'the tree next door could fall on my car in the wind',
    // Pretending to punch; harm wished on a group, in abuse.
    'a lad at school keeps pretending to punch my son to make him flinch and everyone laughs',
    'someone has been sending my daughter messages saying trans people should kill themselves',
    // Children brought back late; paying for everything; an attack that never happened before.
    "my ex won't give the kids back on time after his weekends and it's always an argument at the handover",
    "my boyfriend makes me pay for everything and takes my wages, I don't feel in danger, I just want advice",
    "he punched me last week, it's never happened before",
    // Knowing someone is in a wheelchair is not knowing they are in there.
    "my neighbour parks across the dropped kerb on purpose knowing I'm in a wheelchair and laughs when I ask him to move",
    // Not seen, and where she probably is told.
    "I haven't seen my neighbour for a few days but I think she went to her daughter's, just want someone to check",
    // A fire burnt out; bangs with their source named; airsoft guns.
    "somebody set fire to the old mattress dumped in the alley, it's just burnt out now",
    'the gym under our flat drops weights and the bangs sound like someone being thrown about',
    "lads with airsoft guns running around the woods shooting each other, it's a game but people walking dogs don't know that",
    // Threats shouted at each other as a laugh.
    "lads on bikes shouting 'I'll kill you' at each other as a laugh in the car park",
    // Children's everyday squabbles; an attack shown on a video.
    "the neighbours' kids scream and fight all day in the garden, it's just normal kid stuff but it's constant",
    "my daughter watched a video at school of someone being stabbed and now she can't sleep",
    // What happened two years ago, and what he has done since: not the same doer doing it again.
    "two years ago he was mugged outside the post office and since then he won't go out after dark",
    // Pills taken an hour ago, and the ambulance has been: dealt with.
    'he took an overdose an hour ago but the ambulance came and took him to hospital',
    // Things broken into, not a home; a figure of speech about rent; someone who sleeps rough.
    'the clothes bank has been broken into',
    'the council are holding us hostage with these rent rises',
    'I know where he sleeps, in the doorway of the old bank',
    // Going mental about a past threat is not a weapon now; expelled, not kicked; things stabbed and kicked in; a swan.
    "my dad's going mental because someone threatened my brother with a knife last week",
    "a man at the allotments keeps telling me he'll report me to the committee and that I'll be kicked off",
    'my son got kicked off the bus by the driver for no reason',
    'kids have stabbed holes in all the footballs at the youth club and wrecked the pool table',
    'my fence was kicked in by lads taking a shortcut through my garden',
    'I got attacked by a swan on the riverside walk and I want to know if the council can put up a sign',
    // Someone who collapsed, with first aiders there and fine.
    "a lady collapsed in the heat at the carnival but the first aiders were there straight away and she's fine",
    // Hanging about, hanging in there; a bomb as a sound; verbal attacks; a past hanging.
    'found a man hanging about in my garden',
    "he's hanging in there, thanks",
    'he hanged himself in 2019 and I still cannot get over it',
    'the firework display at the rugby club went on till midnight and sounded like a bomb going off',
    "my neighbour is a nurse and she's been attacked verbally by patients' relatives, she wants to know about personal alarms",
    // A body found long ago; a car's body; a school on the A2; a fall from a bunk bed yesterday, fine now.
    'they found a body in the woods last year and the police never caught anyone',
    'the body of the car is rusting on the drive',
    "my son's school is on the A2",
    "my son fell off the bunk bed yesterday and bumped his head, he's fine",
    // Zombie costumes, empty cartridge boxes, a past conviction, a fear of burglary.
    'the Halloween party next door had people dressed as zombies covered in fake blood wandering up the street',
    'someone has dumped an old gun cabinet and a load of shotgun cartridge boxes, all empty, in the lay-by',
    "my neighbour's son is out of prison for armed robbery and people on the street are worried, he's been no trouble",
    "my mum fell and broke her hip last month, she's recovering at home but she's scared of being burgled now she can't get up fast",
    // A ladder held against a wall; a fight the bouncers split up.
    'I held the ladder against the wall while he fixed the gutter',
    'a group of women on a hen do were fighting over a man outside the club, the bouncers split them up',
    // Not a weapon done with now: a past threat with a time.
    'he was threatening me with a knife last year',
    // Kept in by a bad back.
    "I've been trapped indoors by my bad back for a week, is there anyone who can help with shopping",
    // Fourteenth session: the teller's feelings since, someone said to deserve death, help there now, news she is
    // safe, a haircut refused.
    'someone got stabbed near the station two years ago and i still dont like walking past there',
    'lads shout at my wife because of her age and say she should be dead already',
    'a car was on fire on the A2 slip road earlier, the fire brigade are there now dealing with it',
    "my daughter didn't come home last night but she's just messaged saying she stayed at a friend's",
    'the barber wouldnt cut my hair and said he doesnt serve gays',
    // A question about a fair coming back, not someone; a blue badge.
    'the travellers fair on the common had a couple of fights last summer, is it coming back this year',
    "lads keep stealing my dad's blue badge and laughing about it",
    // Gnomes smashed to bits by someone; a dog under a fallen roof, fine.
    'my garden gnomes were smashed to bits by someone overnight, I know it sounds silly',
    "the shed roof fell in and the dog was under it but he's fine",
    // Smoke "choking us", necks broken one day, inflatable swords.
    'bonfire smoke from the allotments is choking us every weekend',
    // Seagulls attacking chips; a noose drawn beside a symbol on a bridge (hate, which the classifier reads).
    "people feeding the seagulls on the seafront and they're attacking people's chips",
    'graffiti of a star of david with a noose next to it on the railway bridge',
    // Harm to an animal.
    "my dad's guide dog was kicked by a man who said blind people shouldn't be out",
    // Someone happy now, after a past time.
    "my mum left my dad last year because he used to hit her, she's happy now, I just want to know about counselling for me",
    "lads doing parkour off the garages, jumping roof to roof, they'll break their necks one day",
    // One sentence for each phrase of signs.ts that no labelled description or quoted example reads yet (the guard
    // below; fourteenth session).
    'the music upstairs is so loud I could murder them, please can someone have a word',
    'someone dumped a bag of knives in the skip behind the flats',
    'my neighbour died of cancer last year and the house has been empty since',
    'the drinkers on the bench refused to move when I asked them to let my mum sit down',
    'someone smashed my car window with a brick overnight and took the radio',
    'lads leave glass bottles all over the recycling area',
    'people leave wine glasses on the wall outside the bar every weekend',
    'the dealers use trap phones and change numbers every week',
    'lads racing on the green, someone is gonna fall off and get hurt',
    'the pothole on our road is going to kill someone on a bike',
    "the curtains at number 9 never move and the garden is overgrown, can the council check if it's empty",
    "the boys next door are always scrapping in the garden for a laugh and it's noisy",
    'the foxes and badgers keep getting run over on the lane because drivers speed',
    'the man downstairs is always bleeding his radiators and the banging keeps me up',
    'there was a car fire in the lay by last week, the fire brigade dealt with it',
    "the youths gather now and then by the shops but they're no bother",
    'the lads who hit him last year now have been moved to another school',
    "I've just discovered the shed was broken into while we were on holiday",
    'the barman who punched my husband is back behind the bar like nothing happened, we had it sorted by the police last year',
    'for your information a man was waving a knife outside the chip shop earlier this week, the police came',
    "a man was punched outside the pub earlier this week, it's all calmed down",
    'someone was attacked by the station the other day, I read about it in the paper',
    'there was a fire in the flats, firefighters came and everyone is fine',
    "they had a punch up in the playground but they're friends again",
    'kids threw eggs at our house last halloween',
    'he hit me once last year and we split up',
    'he hit me one time last year and never again',
    // Fifteenth session: what a sound is likened to, with fireworks named (the labelled data reads it so); what something
    // seemed, then what it was; horseplay with sticks; an accident feared; what was left of a fire dealt with.
    'fireworks going off in the park every night, they sound like gunshots',
    'teenagers let off fireworks in the alley behind our house every night this week, bangs like gunshots and my dog is shaking',
    "loud bangs from the flat above at night, it sounds like someone is being thrown against the wall but it's just him dropping weights",
    "it looks like a fight outside the pub but it's only the lads messing about",
    "lads play fighting on the green with sticks, it's just horseplay but it gets loud",
    "quad bikes on the marshes every Sunday, it's only a matter of time before someone gets hurt",
    "someone set fire to the bin outside our flats on bonfire night, the fire brigade came and it's all cleared now",
    "a bloke in a pub told me he'd kill me if I looked at his bird again but that was years ago",
    'he pushed me last summer and then never again, we split up',
    'someone poured petrol on my car last week and set it alight, the insurance have written it off',
    'kids lit a small fire in the bin at the park again, it had gone out by the time I got there, bin is melted',
    'a man collapsed outside the Co-op this morning, the ambulance took him away, should there be a defibrillator there',
    'I was trying to open my front door when the key snapped in the lock',
    'it sounds like someone is being strangled every time the foxes mate in our garden',
    "my garden fence has been pushed over again by kids taking a shortcut, it's the third panel this year",
    'my front door has been open all night, I must have forgotten to lock it',
    'my ex has taken the kids for the weekend as usual',
    'my cat was found dead in the road, I think it was hit by a car, who do I contact to get it removed',
    "my brother got into a fight with his mate after too many drinks at the weekend, they're best mates again now",
    'the pub has live bands till midnight on a Tuesday, it sounds like a riot in there',
    "my son was attacked at school in year 7, he's in year 10 now and thriving, I wanted to praise the support we had",
    "my daughter was beaten up on the bus last year but she's thriving at her new school",
    'my son was punched at the bus stop on monday, he goes to college near there, I want the lighting looked at',
    'the kids were play fighting in the garden and screaming get off me',
    "a man at work keeps asking me if I've got a bomb in my bag because I'm Muslim and everyone laughs",
    "I found a bag with a knife in it in the woods off Springhead Road, I've left it where it was, what should I do",
    'I found a machete in the bushes by the school this morning',
    "I used to get beaten up at school in the 90s and I'm now a teacher, I want to help with the anti-bullying campaign",
    "There was a big fight at the funfair in August and the police shut it down. It's coming back next week.",
    'sum1 has drawn a massive willy on my garage door lol not funny tho it wont come off',
    "my son was punched at a party in the summer holidays, police took a statement, I'm chasing the outcome",
    "upstairs neighbour drops things and slams doors from 5am, it sounds like he's fighting the furniture",
    "the landlord of the pub told me and my husband to stop 'flaunting it' when we held hands at the bar",
    "my brother and his wife separated and they're fighting over the house through solicitors, nothing physical",
    // A report on the news is told after the event (the labelled data reads four so; fifteenth session, moved from possible).
    'I just heard about the stabbing in the town centre on the news, is it safe to go shopping',
    'I read that there was a stabbing in Chatham on the news, are there more police around this weekend',
    'my son was bitten by another child at nursery, the nursery has told the parents',
    'my son is under the car fixing the exhaust',
    "my daughter is going into labour next month and I'm worried about the roadworks",
    "my son was pushed off his bike by a boy at school last year, the boy apologised and they're friends now",
    "someone took my son's hearing aids out of his ears at school and threw them in the bin",
    "I'm looking after them while my sister is away, the dog next door barks all day",
    "my son and his friend had a fight over a girl, both got bruises, both mums have talked and it's done",
    "my son's bike has been vandalised again at the school racks, the seat's been slashed",
    'kids on the estate playing knock and run at 10pm, my elderly mum is terrified to answer the door',
    'my husband was punched last night outside the pub, the police have the cctv',
    'my husband hit me two years ago, we split up and I have moved away',
    'my son was slapped by a girl at a party last year, we dealt with it with her parents, all good now',
    "the baby is coming next week and we've got no heating",
    "the neighbours moan that my son's wheelchair ramp is ugly and have kicked it and told us to move",
    'our wheelie bins get set on fire every bonfire nite, the council replace them but its a waste of money',
    "I don't know where he lives, he's just someone who keeps parking across my drive",
    'there was a fight at the school gates today, just some year 8s pushing each other, the teachers sorted it straight away',
    'the neighbours keep fighting over the boundary but my solicitor is dealing with it',
    'we were talking about the bombing in Manchester at school today',
    'I saw a fight on the news that happened in Gravesend town centre and want to know if the cameras there work',
    // Sixteenth session: a fire told with where it was, then gone out (was 999).
    'the fire in the bin went out by itself',
    'the fire in the bin went out by itself, the smell is still there',
    // Seventeenth session: told after the event, with how it ended (were 999 answers or the question).
    "my daughter got punched walking home from the bus, she has a fat lip but she's fine",
    "got hit in the face outside the pub, nothing broken, I'm reporting it so there's a record",
    "they robbed my lad at knifepoint near the shops, the police have been round and he's safe at home with us now",
    "a lad threw a bottle at my husband's head, he got checked over at A&E and they sent him home",
    'my son was chased by three boys on bikes, he got in safe and locked the door',
    'a fight broke out in the beer garden, it was all over by the time the police arrived',
    "a boy got beaten up in the park, he wasn't badly hurt and his dad has gone to the police",
    'lads were scrapping in the car park, they had stopped by the time I went out',
    'a man rang my mum saying I had been kidnapped and she had to pay, I was safe at work, it was a scam call',
    'two girls were scrapping outside the school, I split them up and they went their separate ways',
    "a man elbowed me in the face at the match, I'm a bit bruised and I've given the police a statement",
    // Eighteenth session (were the question or a 999 answer): bad language, horseplay, a fire pit, a ball, a quarrel
    // at school made up; what stays none beside the new signs.
    "lads play fighting on the field after school, shouting and swearing, no one gets hurt but it's intimidating for the little ones",
    'teenagers drinking in the park and leaving cans and bottles, sometimes they fight each other but just messing',
    "he said he'd kill me but he was just messing",
    'neighbours have a fire pit in their garden most evenings and the smoke comes straight into our bedroom',
    "my daughter got hit in the face by a ball at the park, the lads didn't mean it, she's fine",
    "a boy at my son's school threatened to beat him up but the school dealt with it and they're friends now",
    'someone is flying a drone over my garden and looking in my windows',
    "someone cut the brake cables on my son's bike",
    'Kids playing football against our wall for hours, ball hitting the windows, they laugh when asked to stop',
    'An ambulance came for my neighbour last night and she is in hospital now',
    // A fight that ended before anyone rang is over, like "by the time" (were 999 answers).
    'men fighting in the road, it finished before I rang anyone',
    'a group of lads fighting by the bus station, it was over before I could call anyone',
    'two women fighting in the street, all done before I got my phone out',
    // A call printed on posters for anyone to read, a riot that dates something, a home that split up long ago.
    "posters on the estate saying the police are the enemy and should be attacked, they've been there since the riots",
    "my dad used to hit my mum when I was little, they're divorced now and I'd like to talk to someone about how it affected me",
    'youths smashing the glass in the phone box again on the parade',
    'I took 2 paracetamol for my headache and went to bed, the music was still going',
    // Written formally, after the event (were a 999 answer and the question).
    'I previously reported domestic abuse by my former partner. He has now moved to another county and a non-molestation order is in place. I wish to update my contact details.',
    'The school has informed us that our son was involved in a fight at lunchtime. Both boys were sent home and have since made up.',
    "my husband collects antique swords and hangs them on the wall, the neighbour has complained to the council that they're dangerous",
    "I run a butcher's and need advice about carrying knives between my shop and the van",
    // Nineteenth session (was the question): a family quarrel made up.
    "My brother and I had a fight at mum's house and he hit me. We've sorted it out and are talking again. I only mention it because mum is worried.",
    "two weeks ago a neighbour said he'd burn my car over a parking space, we've sorted it out with the housing officer and he apologised",
    // Attacks told after the event: "after school" told in the past is one time, not a habit; "me and my mate were
    // attacked" is told in the past (the "and" joins who it happened to); a question about CCTV; a fight the resident
    // broke up; blinds put up since; "just going to get a lift" is not something just done.
    "My son got jumped for his phone after school. He didn't get hurt thank god, just his pride. Police have given us a crime number.",
    "Me and my mate were attacked by a group of lads in the town centre after a night out. We both got a few bruises. We didn't see their faces well. Is there any CCTV there?",
    "Someone was watching me through my window from the street last month but I've got blinds now and haven't seen anyone since.",
    'I broke up a fight between two boys outside the chip shop. Both went off in different directions. One had a bloody nose.',
    "Think someone followed my daughter home from the station on Friday but when she turned round he'd gone. She's alright, she's just going to get a lift for a bit.",
    // A ban's length is not a habit; an apology made is how it ended.
    'My son was hit by a boy at the youth club. The leaders have banned the boy for a month. My son has a bruise on his cheek.',
    "Some girl threatened to stab my daughter on a group chat. The parents got involved and the girl's mum made her apologise. It was a stupid argument about a boy.",
    // Fighting called play in the same sentence (not a knife pulled in it: see now).
    "kids fighting in the park, just play fighting i think, they're laughing",
    // "no one" negates as "nobody" does.
    "Someone rides an off-road bike on the footpath by the river most afternoons. No one's been hurt but it's fast.",
    // Weapons as a subject of study.
    'My son, who is autistic, has become fascinated with military history and weapons. He collects model tanks and watches documentaries. His school referred him to Prevent and we were told there were no concerns. I am asking about the process.',
    // "were just" is not a word of now ("is just" is); "just handbags" is a scuffle nobody means.
    'got followed home from school by some year 11s, they were just being idiots, im fine',
    'lads fighting over a football on the green, just handbags really, nobody hurt',
    // Twentieth session (were possible): "'s" before a person is whose they are, so these are told in the past.
    "my daughter's teacher grabbed her arm to stop her running in the corridor and left a mark, she's fine, I want to complain",
    "my son's friend choked on a sweet at school but the teacher did back slaps and he was fine", // A year "from" which it dates is a time in the past (was possible).
    "an old incident from 2018 when my son was hit by a neighbour, I'm only telling you because the man has moved away now", // What a van always does (was now).
    "neighbour's camper van has been parked on the road for 6 months and never moves", // What the resident is doing by writing is not a word of now (was possible).
    "my son was stabbed in 2019 in Chatham, he recovered and the lad went to prison, we've moved here since and I'm just answering the council survey", // A question about the law; a school's sanction (were possible).
    'can u tell me if its illegal to carry a pocket knife, asking for a school project',
    'we had a fight at school and i won lol, teacher gave us both detention', // A smell explained by those who know (was possible).
    "smell of gas near the roadworks on Station Road, the workmen said it's normal when they're digging", // A prank; pruning (were possible).
    'kids ringing doorbells and running away on Christmas Eve, annoying but harmless',
    "my neighbour's tree is blocking my light and she won't cut it back", // Training, not a train.
    "I'm a teacher and I want to know what training there is about knife crime for year 8s", // Someone not seen, then told where they are (was possible).
    "I'm sorry to bother you. My neighbour is an old man and I haven't seen him for a few days. His daughter rang me back and said he's gone to stay with her in Hastings for the week.", // Look-alikes written beside their dangers: a game lost, a relationship ended, a child kept from the road (were
    // possible; "talking about ending it all and has written letters to her kids" stays possible).
    "my son was beaten at chess by a group of older kids at the station cafe and he's furious",
    "my friend keeps talking about ending it all with her boyfriend, she's sick of him leaving dishes in the sink",
    "a man grabbed my daughter's arm in the park to stop her running into the road, I want to say thank you",
    // A bin set alight, the fire out by the morning.
    'our wheelie bin was set alight in the night, the fire was out by the morning, we need a new bin',
    // A fear since, of a thing (not of whoever did it); a supply cut off; a room not left for dinner; an accident feared.
    "my elderly dad had a fall last month and now he's nervous about the broken paving outside his bungalow, can it be fixed",
    'I keep getting scam calls from a withheld number saying my broadband will be cut off',
    "my teenage son has shut himself in his room for days playing the new Call of Duty, won't come down for dinner",
    'I am writing to complain about motorcyclists using the footpath along the river at speed. Sooner or later a pedestrian will be injured.',
    // Twenty-second session: shoppers followed round a shop by its staff (was possible).
    'the man at the off licence only follows black customers round the shop, it happens every time',
    // Those who deal with a smell of gas already there; a noise killing the teller, where it comes from told between.
    "there's a smell of gas near the works on London Road but the gas board are already there digging",
    'the noise from the gym above the shops is killing me, they drop weights all day',
    // A record kept "in case it happens again" (was possible).
    "my lad got jumped outside the chippy in March, I'm only reporting so it's on file in case anything happens again",
    // How a thing is left after a fire ("is now unsafe"), not a fire now (was possible).
    'the slide in the park was set on fire last month and is now unsafe, when will it be repaired',
    // Parked on the pavement, not driven at someone (was possible).
    'parents mount the pavement outside the school to drop their kids off every morning',
    // What someone was jailed for was done before; a farewell before a journey (were possible).
    "The man who was jailed for attacking me is due out next year, can I be told when he's released",
    'My brother in law rang me very drunk last night to say goodbye before he flies to Australia for a year',
    "my daughter posted a goodbye message to her school friends on her story because we're moving to Wales",
    // Stones at the windows of an empty building; a break-in named by where, with nobody there (were now, possible).
    'kids are throwing stones at the windows of the empty pub and most are broken now',
    'I want to say thank you to the officer who came out about my shed break-in, she was brilliant',
    // Blood left to clean up; a drug's smell of burning; a health worry told since (were now).
    "there's blood all over the bus seats, the company needs to clean it",
    'the lads next door are smoking weed in the garden again and you can smell it burning through our windows',
    "I've been having chest pains since the noise from next door started, I'm seeing my doctor",
    // What was left put right since; whoever threatened not heard from since (were possible).
    "Our garage was set alight in 2022 and we never found out who did it. We've rebuilt it now. I'm reporting only because I saw a similar fire on the news.",
    "My ex used to turn up at my work and threaten me but he moved to Scotland two years ago and I haven't heard from him since. I'm just updating my details.",
    // A question about the service, the law or what to do names what it asks about; where weapons are given up (were
    // possible).
    'how do I report someone carrying a knife without them knowing it was me',
    "is it an offence to threaten to kill someone over text if they didn't mean it",
    'are there knife bins in Gravesend where people can hand in knives',
    "I haven't opened my curtains today, I'm on nights",
    // Help given, not a plea (was now: "are helping him").
    "a lad on our estate has been sleeping on his mate's sofa since his mum moved away, the council are helping him",
    // Someone missing, just back (was now: "just" read as this minute).
    "my nan went to the shops at 10 and hasn't come back, oh wait she's just come in, she was at the library",
    // Twenty-third session: tyre smoke (was now); a call made, not a plea (was now: "called the police").
    'boy racers doing doughnuts in the Bluewater car park after closing, smoke everywhere',
    'the door of the community centre was forced overnight, the manager has called the police',
    // A bone broken by whoever it belongs to: an accident (were possible, read as a threat).
    'my son broke his leg at rugby on the council pitch, it is full of holes',
    "I broke my arm playing football on the rec, the goalposts aren't fixed down",
    // The teller still beside someone hurt, not someone still with whoever hurt her.
    "my mum had a fall last week and broke her wrist, I'm still with her at her house helping out, can the council arrange a carer",
    // What is left, not someone still there; burglaries talked of (were possible).
    "there was a stabbing near my house a few years ago and the memorial flowers are still there, it's sad",
    'we need more police on the streets in Swanscombe after all the burglaries this year',
    // How the teller lives since; a question whether there is a group, not a scene (was now).
    "I was in an abusive relationship for six years, he strangled me more than once, I got out in 2021 with help from the refuge and I'm now rebuilding my life, I want to know if there's a survivors group in Dartford",
    // Twenty-fourth session: someone missing last year, said to be fine now (was possible: not "found").
    "I'd like to thank the officers who helped when my mum went missing last year, she's fine now",
    // The teller's own curtains.
    "I've not opened my curtains all week because of the men outside",
    // An answer not given by a landlord, the council or the police (were now: "not responding").
    "Since the new people moved in above us in September there has been constant noise. We have tried talking to them and leaving a note. The landlord doesn't respond.",
    'the council never responded to my emails about the fly tipping',
    'I reported the drug dealing to the police in May and they never responded',
    // A queue not moving, a teenager late for school, a smell or a bonfire told strongly, someone no longer "breathing
    // down my neck", a high street "killed off" (were now).
    "the queue at the tip isn't moving and cars are blocking our road",
    "my teenage son won't wake up for school because he's up all night on his xbox",
    "the smell from the bins is unbearable, you can't breathe",
    "the smoke from their bonfire is so bad I can't breathe in my own garden",
    "he's not breathing down my neck anymore since I moved",
    'the council is trying to kill off our high street with parking charges',
    // Drowning in rubbish, feeling trapped at home by noise, a smell choking us, tobacco smoke, a nerf gun, fighting over
    // spaces (were now or possible).
    "we're drowning in rubbish since the council changed collections",
    "I feel like I'm trapped in my own home because of the noise",
    'the smell of weed is choking us every night',
    'our hallway stinks of smoke from the flat downstairs, they smoke indoors',
    'my son got shot at with a nerf gun by the kids next door',
    'the parking situation is a nightmare, people are fighting over spaces every night',
    // A fire risk in a hallway (was now: "there's a fire").
    "my neighbour is hoarding and there's a fire risk, the hallway is full of newspapers",
    // A car's window, a shop's (the teller elsewhere).
    'someone smashed my car window with a brick and took my bag while I was in the gym',
    'they smashed the windows of the empty shop next door while I was in bed, the glass is all over the pavement',
    // A cat at a cat, wasps, knives on a stall, fines "killing me" (were possible or now).
    "my neighbour's cat keeps attacking my cat",
    'the wasps nest in the park is attacking kids',
    "there's a bloke selling knives off a stall at the car boot sale",
    'the council is killing me with these parking fines',
    // A bone broken in a fall (was possible: read as a threat).
    'my nan fell and broke her arm',
    'my son fell off his bike and broke his wrist last month, the pothole is still there on Dashwood Road',
    // A picture of a front door posted with a question about its paint; photos of a house taken by a neighbour in a row.
    'someone posted a picture of my front door on the estate group asking who painted it such a nice colour',
    'the estate agent posted photos of my house online',
    // …and their look-alikes: a kid who "will get run over one day", the edge of town, a flag hung from a bridge, things
    // thrown at her by kids on a bus, "he knows I'm home", a drunk girl put into a taxi by her brothers.
    'one day a kid will get run over on this road',
    'the caravans on the edge of town leave rubbish everywhere',
    'someone has hung a flag from the footbridge',
    'kids on the bus throw things at her every day',
    "he knows I'm home because my car is outside",
    'two men were putting a drunk girl into a taxi, they were her brothers',
    'I asked the kids to get in the car and they ran off laughing',
    'I left a note saying sorry for the noise',
    'I saw him last christmas at the pub',
    "I'll remember what that man said to my son until the day I die",
    'the gas man came to fix the boiler and was smoking in my garden',
    'the odd thing is nobody came when I rang',
    "he'd od'd before, years ago, and he's been clean since",
    // Twenty-fifth session: a noise, a curse of tiredness, a car's exhaust, a pet, a staged fight, someone not hurt
    // (were possible or now).
    'the racket from the gym under our flat is killing me, weights dropped at 6am',
    'the youths at the rec are going to burn themselves out one day with all that energy lol, just noisy really',
    'a bloke across the road keeps revving his car with a loud exhaust like a gunshot at midnight',
    "I've lost my cat, she's been missing since friday, black with a white chest",
    "girls fighting on tiktok for views outside the school, they film each other slapping, it's staged",
    "some boys at the bus stop shout at my son every morning. He hasn't been hurt but he's started taking a longer way round",
    // …but a family member's harm to someone else the night before is over, as a stranger's is.
    'my brother punched a lad at the pub last night',
    // Twenty-fifth session's probes: bells killing me, a garden like a bomb hit it, a snowball fight, what toddlers could do.
    'the church bells at 8am on a sunday are killing me',
    'the students in the house opposite had a foam party and left the garden looking like a bomb hit it',
    'lads having a snowball fight in the street and hitting cars',
    'the gate to the play park is broken and toddlers can get out onto the road',
    // …but the council's bins out since a day are a collection missed.
    'the bins have been out since tuesday, the council never came',
    // …and a daughter found at a friend's, "grounded now" (a punishment since, not something going on: was possible).
    "my daughter went missing for a few hours on Sunday but she was at her friend's house, she's grounded now lol",
    // Probes of everyday complaints (were now or possible): rent rises strangling, a hazard a kid "will" be hurt by, a
    // doorbell prank, homework killing him, a fright, a water pistol, a row on facebook.
    'my landlord is strangling us with rent rises, is there anything the council can do',
    'the playground slide is broken and has a sharp edge, a kid will cut themselves',
    "the teenagers at the rec play knock down ginger on the little ones, it's mean but nobody gets hurt",
    "my son's school is killing him with homework, is that a council thing",
    'I nearly had a heart attack when the fireworks went off behind me on the street lol',
    "my neighbour's kid said he'd shoot me with his water pistol if I took his ball, he's five",
    "there's been a big fight on the estate facebook group about dogs off leads",
    // …a fall one of them will have, self-harm in the past with support now, a knife found to hand in (were possible).
    'Kids keep climbing on the bus shelter roof and jumping off onto the grass, one of them will break a leg.',
    "My daughter's best friend told her she self harmed in the past, she's getting support from CAMHS now.",
    "Is there somewhere I can take a knife I found in my late husband's shed?",
    // …weeds strangling a fence that will fall on someone's car, mosquitoes, paintball, "kill him ref" at the football,
    // ears "bleeding" from music, shooting hoops, brothers fighting (were now or possible).
    "the weeds in the alley are strangling the fence and it's going to fall on someone's car",
    "I've been attacked by the mosquitoes from the stagnant pond behind the houses",
    'my son got shot at paintballing and has a huge bruise, is that normal',
    'the men next door scream at the football on the telly every weekend, "kill him ref" etc',
    'is it legal for the gym to play music that loud, my ears are bleeding lol',
    "my son's friend keeps shooting hoops in our drive at 10pm",
    "my son is always fighting with his brother, it's driving me mad, is there parenting support",
    // …a neighbour hard of hearing who doesn't answer the door (was possible).
    "my elderly neighbour is very hard of hearing and doesn't answer the door, her daughter has a key",
    // …still waiting to hear from the police after an attack in september (was possible: read as someone still waiting).
    "my son was jumped for his phone on the way home from school back in september, we're still waiting to hear from the police",
    // Twenty-sixth session: drill music "all about stabbing" (was now), a cut that bled told with "lol she's fine" or "but
    // he's fine" (was now: "bled" is a past form, "lol" opens a clause), the bike of a son gone missing (a thing).
    "the lads on the estate play drill music all night, it's all about stabbing people",
    "my daughter cut her hand in the kitchen and bled everywhere lol she's fine",
    "my son fell off his bike and bled loads but he's fine",
    "my son's bike has gone missing from the shed",
    // …kitchen knives dumped with cutlery, a wasps nest poked with sticks (were possible and now), a smell "choking me
    // every night" (was possible).
    'someone dumped a load of old kitchen knives and cutlery in a box by the recycling bins',
    "there's a huge wasps nest in the tree by the school gate and kids keep poking it with sticks",
    'the smell of weed coming through my bathroom vent is choking me every night',
    // …pigeons shot with an air rifle (was now), geese that attacked a dog last week (was possible: an attack on a pet).
    'the man next door shoots pigeons in his garden with an air rifle at 6am, the bang wakes us all',
    "I'm terrified of the geese in the park, they attacked my dog last week, can they be moved",
    // …a fight last year with a counsellor "now" (was possible: "now" read as something going on), a carer "burnt out"
    // (was possible).
    "my son was in a fight last year and he's been withdrawn since, he's seeing a counsellor now",
    "I'm a carer for my disabled brother and I'm completely burnt out, who can help",
    // …knives sharpened on a stone, a cat trapped in a shed (were possible), a school's knife arch (was now).
    'the bloke next door is always sharpening his knives on a stone in the garden at night, the scraping noise is awful',
    "our neighbour's cat keeps getting trapped in our shed, can the council do anything",
    "my son's school has a knife arch at the gate now, is that normal",
    // …followed out of a station, "but we got in a taxi" (was possible).
    'two lads followed me and my boyfriend out of the station shouting "batty boys" but we got in a taxi',
    // …parents mounting the pavement who nearly hit kids, a canal choked with trolleys, a cricket ball in the face (were
    // possible, now, possible).
    'the school run is chaos, parents mount the pavement and nearly hit kids every morning',
    "the canal is choked with shopping trolleys and there's an oil slick on the water",
    'my son got hit in the face with a cricket ball at practice, the club has been great',
    // …self-harm at school, a nurse "now" (was possible), someone who "can't get up if she falls" (what would happen).
    "My friend used to self harm when we were at school but she's been well for years and works as a nurse now.",
    "my nan is 88 and can't get up if she falls, can she get a pendant alarm",
    // …labelled descriptions read as now (false 999 answers): a knife block and a toddler, a knife found with pills in the
    // bushes, razor blades on the side of the bath, lads who spar after boxing.
    "I've got a knife block in my kitchen and my toddler pulled a knife out, how do I childproof it",
    "I found a bag of pills and a small knife in the bushes at the park, looks like someone's stash",
    "my housemate leaves razor blades on the side of the bath and I'm worried my toddler will find them when she visits",
    "the boxing club lets out at 9 and the lads spar in the car park, it's just practice but it looks like fighting to passers by",
    // …"just pushing and shoving" (only), a brawl "at" a wedding that police sorted (guards for the two above).
    'my son got into a scrap at the park last week, just pushing and shoving, both lads are fine',
    'massive brawl at the wedding reception at the golf club, police turned up and everyone went home, its been sorted',
    // …a burnt out barbecue left on a beach, an arm broken in a fall off a climbing frame (were possible).
    'someone has left a burnt out barbecue and broken glass all over the beach at Shornemead',
    'my kid fell off the climbing frame at the park and broke his arm because the matting is worn out',
    // Twenty-seventh session: someone's age then is a time in the past; police "now" there since a stabbing (were possible).
    "my daughter self harmed when she was 14 but she's doing loads better now, just wondering if there are any local support groups for parents",
    "there was a stabbing outside the nightclub a couple of years ago and now there's loads of police there on weekends which is good",
    // …"before someone gets hurt" is a worry (was possible).
    'the fence at the back of the park has been cut and kids are getting onto the railway embankment, someone needs to fix it before someone gets hurt',
    // …"now home from hospital" is since, not now (was possible).
    'my neighbour had a heart attack last month and is now home from hospital, can the council help with his garden',
    // …a festival with fireworks (was a 999 answer: a firework held "with").
    "there's a Hindu festival at the temple next weekend with fireworks, will there be road closures",
    // …tools, games and drinks "with" a thing that can be a weapon when held at someone (were possible or now).
    'my neighbour is out in his garden with a hammer every evening building a shed, the banging goes on till 9',
    'teenagers with bottles of cider sitting on the war memorial steps every friday, leaving a mess',
    'kids with sticks building a den in the woods behind the estate, is that allowed on council land',
    'lads playing cricket with a bat and tennis ball in the car park, the ball keeps hitting cars',
    'a bloke with a chain and padlock has locked his motorbike to the railings outside my flat for weeks',
    'women with glasses of prosecco screaming and singing at the hen party in the beer garden till midnight',
    "an elderly man with a walking stick keeps falling asleep at the bus stop, I think he's homeless, can someone help him",
    'kids with footballs kicking them against the shop shutters for hours',
    'fishermen with rods and poles leaving their litter and hooks all along the canal bank',
    'the barber with the scissors on the high street has no hygiene certificate in the window, who do I report it to',
    'teenagers with fireworks letting them off in the street, bangs all night',
    // …a thing that is a weapon when someone has it, had by a place (were the question or a 999 answer).
    'the bus shelter with the glass panels has been smashed again, glass all over the pavement',
    'a wall with loose bricks along the footpath by the school, looks like it could fall',
    'the path with the broken paving stones near the church is a trip hazard',
    'a skip with broken glass and bottles has been left on the road for a month',
    // …and music, chores, plants and things marked by someone with one.
    'my neighbour with the rock band practises in his garage every night',
    'a lady with an iron and ironing board selling stuff at the car boot on the rec without a permit',
    'boys with sticks hitting the bushes and pulling up the flowers in the memorial garden',
    'someone with a stone scratched their name into the new bench in the park',
    // …a cash machine attacked (was possible).
    'the cash machine at the co-op has been attacked again, glue in the card slot',
    // …knives from an amnesty bin, what to do "if I find someone unconscious" (were possible, now).
    'how long do police keep knives from an amnesty bin',
    "what should I do if I find someone unconscious in the street, I'm doing a first aid course",
    // …a stick, a stone or a firework someone has with them is not a weapon by itself; a bat and ball, a chain worn
    // (were possible).
    'kids with stones skimming them across the pond and scaring the ducks',
    "a man with a stick picking up litter in the park, is he from the council, I'd like to thank him",
    'wedding party in the community hall went on till 2am with fireworks in the car park',
    'boys with bats and balls playing in the street and the ball hits my car',
    'a man with a chain round his neck keeps going through the bins behind the shops looking for food',
    // …a flat "trapped" in with mould, an estate surrounded by building sites, knock-and-run, a son taken to hospital
    // (were possible or now).
    "I'm trapped in a flat with mould and the landlord won't do anything, who can I complain to",
    'our estate is surrounded by building sites and the dust gets everywhere',
    'kids keep banging on my door and running off, I caught them on my ring doorbell',
    'my son was taken to hospital last week after a fall at the skate park, the ramps are broken',
    // …pigeons to be killed with an air rifle, asked as whether it is legal (was possible).
    "my dad keeps saying he'll kill the pigeons on his roof, he's 80 and has an air rifle, is that legal",
    // …tablets forgotten, and confusion (was a 999 answer: read as pills taken and their effect).
    'my mum has been forgetting to take her tablets and gets confused about the day, I live an hour away, can someone check on her',
    // …"hit with a parking fine" (was possible).
    "I've been hit with a £70 parking fine in the hospital car park even though I paid",
    // …"I'll get you" shouted at a cat (was possible); the kids who ran off after damage are not missing.
    "the man across the road shouts 'I'll get you' at my cat whenever it goes in his garden",
    'the glass in our front door was cracked by a football, the kids ran off',
    // …stubble burnt by a farmer (was now: a fire).
    'the farmer is burning stubble in the field behind the estate and ash is landing everywhere',
    // …a promise not to make noise.
    'they promised they would not make any noise after 11 but they fell about laughing at midnight',
    // …armed police, soldiers with rifles, a butcher's cleaver (were possible).
    'armed police walking round Bluewater today, is something going on',
    'soldiers with rifles marching down the high street for remembrance, will the road be closed',
    "the butcher on the market waves his cleaver around while he talks to customers, it's a bit much",
    // …an air rifle found in a late father's loft (was possible).
    "I found an old air rifle in my late dad's loft when clearing the house, how do I get rid of it safely",
    // …drums that sound like gunfire through the wall (was possible).
    'someone is practising the drums next door and it sounds like gunfire through the wall',
    // …a blow denied ("never seen him hit them"), a grudge ("won't let it go": was possible, trapped).
    "my sister's husband shouts at the kids a lot, he's strict but I've never seen him hit them, should I be worried",
    "my ex sends me long messages about our break up every night, he's not threatening, just won't let it go",
    // Twenty-eighth session: "dragged into it" (into crime, into a row) is a figure of speech (was possible).
    "my nephew has started hanging round with a crowd who deal, I'm worried he'll get dragged into it",
    "I don't want to be dragged into their row",
    // …a drowning feared "one day" (was a 999 answer), smoke that "makes my chest tight" each time (was possible).
    'the lifeguard at the leisure centre pool is never watching, someone is going to drown one day',
    'someone keeps burning plastic in their garden at night, the smoke makes my chest tight and I have asthma',
    // …"got kicked out" of a home (was possible), an intruder feared and denied (was a 999 answer).
    "my friend's been sleeping rough in Gravesend for a week since she got kicked out, where can she go",
    "my mum with alzheimers keeps ringing me at 3am thinking someone is in the house, there isn't, but I'm worn out",
    // …curtains a frightened mum "keeps shut all day" (was possible: read as someone not seen at home).
    "For about six months kids from the estate have been knocking on my mum's door and running off. She's frightened to go out in the evening now and keeps her curtains shut all day.",
    // …a stabbing that is a news story's subject (was possible).
    "our takeaway has had its windows smashed three times since the news about the stabbing and someone wrote 'pakis out' on the shutter",
    // …a school's lockdown drill, a paintball site that "sounds like gunfire", fumes "choking the kids", a needle stuck
    // in a verge (were a 999 answer or possible).
    "my son's school has a lockdown drill next week where they practise hiding from an intruder, is that normal",
    'the paintball place in the woods behind us is really noisy at weekends, it sounds like gunfire and screaming all afternoon',
    'a car has been parked on the double yellows outside the school with its engine running every morning, the fumes are choking the kids at the gate',
    "there's a hypodermic needle stuck in the grass verge by the bus stop on London Road",
    // …toy bows shot at targets, a floor stamped on, a chef's knife carried for work, rabbits to be shot (were possible, or
    // a 999 answer).
    'the archery club at the rec leaves targets up and kids shoot at them with toy bows, is that allowed on council land',
    "my son's been asked to carry the knife for the chef at his new restaurant job, is that legal at 16",
    "the woman upstairs stamps on her floor whenever my baby cries, I think it's deliberate",
    'my dad wants to know if he can shoot the rabbits eating his veg with an air rifle on his allotment',
    // …nightmares since a fight was seen (was possible).
    'my son keeps having nightmares since he saw a fight outside his school, is there anyone he can talk to',
    // …a boy asked if he has a bomb in his bag, a taunt (was possible).
    "kids outside the chicken shop asked my son if he's got a bomb in his bag because he's Muslim",
    // …"he'll get me thrown off" an allotment (was possible: a threat); a shotgun handed in, "my late dad's" (was possible:
    // "dad's" read as "dad is", the lexicon not knowing "shotgun", so not asked about).
    "a man on the allotments keeps telling me my plot is a disgrace and he'll get me thrown off",
    "is there somewhere I can hand in my late dad's old shotgun, he had a licence but I don't want it in the house",
    // …a bomb scare told with how it ended (was possible).
    'there was a bomb scare at the station this morning, it was a suitcase someone left',
    // …a rumour that the resident hits her kids (was possible).
    "a woman in the playground keeps telling other mums I hit my kids, I don't, and it's spreading",
    // Thirty-first session, on descriptions written first and read before any change (each was possible before, unless
    // said):
    // was a 999 answer: "just messing about" read after "messing about" was taken out.
    "they were shouting I'm going to kill you at each other in the park but they were just messing about playing football",
    // (Its twin, told as over, was none and stays so.)
    "my son went missing for 3 days last year and came back with cash, he's moved schools and is doing really well now",
    "my daughter's partner broke her nose years ago, she left him and is happily married to someone else now",
    "my sister tried to hang herself ten years ago, she's a mental health nurse now and wants to know about volunteering",
    'I was glassed in the Red Lion years ago, he went to prison and the pub has closed down now',
    // "OD'd" was read as "od would", a threat ahead.
    "my friend OD'd a few years back and is in recovery now, she's asked me to find out about peer support groups",
    // "Just going" was read as now.
    "a man followed me from the station once months ago, I think he was just going the same way, I haven't seen him since",
    "the empty house next door caught fire last year, faulty wiring, it's been demolished now",
    // "Have just" was read as now.
    "my daughter's ex boyfriend was violent to her years ago, she has a new partner who is lovely and they've just had a baby",
    // "Just saw" was read as now.
    "I was mugged outside the Co-op years ago, I've moved to Maidstone since, I just saw an appeal and wanted to add my story",
    "my mum's ex pushed her into the fridge years ago, she left him the same week and is with a lovely man now",
    "my son overdosed when he was 19, he's had years of recovery and is a support worker now",
    // Its twin, broken in a game (was none and stays so).
    "my son had his jaw broken in a rugby match in November, it was a clean tackle, he's back playing now",
    "my daughter's friend used to cut herself at primary school, she's at sixth form now and doing brilliantly",
    "my son had a seizure at school last year, he's on medication now and hasn't had one since",
    // Thirty-second session, on descriptions written first and read before any change (each was possible before):
    // a bare "now" after times a year or more ago only tells of life since (LONG_AGO).
    "a lad was stabbed on our estate about ten years ago, there's a memorial bench now and its a lovely quiet place",
    "our wheelie bin was set on fire a couple of years back, we keep it at the back now and there hasn't been any trouble since",
    "my dad took an overdose when i was small, he got help and he's been well for twenty years, he does talks about it now",
    'my son was beaten up outside the station when he was a teenager, hes a police officer himself now funnily enough',
    "an ex of mine said he would set fire to my car a decade ago, it never happened, i'm married with kids now",
    "my neighbour went through a really dark patch and talked about ending it a few years ago but she's doing brilliantly now, running marathons",
    // "a long time ago" was not a past time.
    "my neighbour's partner pushed her down the stairs a long time ago, she left him that year and lives with her sister in dover",
    // "just saying" was read as just now.
    'my grandad had a fall in the garden in october but hes recovered and the council fitted rails, just saying the path by the flats is icy',
    // (Was in the possible table since an early session; the labels read "two years ago my husband was glassed at the
    // pub, the man is now drinking there again" as none.)
    'my uncle was glassed in that pub ages ago, now it has reopened under a new name',
    // "a few summers ago" and "when he was at uni" were not past times.
    "my neighbour's boyfriend set fire to her curtains a few summers ago, she was rehoused by the council and changed her number",
    'my son jumped off a bridge when he was at uni, he survived and he does mental health talks in schools, can we get him into local schools',
    // "over it now" was read as now.
    'my bro got jumped last year n they took his phone, police caught them, hes over it now',
    // Shouting at a game.
    'my teenage son plays call of duty with his headset on until 2am shouting kill him kill him, its driving me mad',
    // Thirty-third session: "used to" says nothing of when, beside "6 years ago" (was possible).
    "my sister's ex used to lock her in the bathroom, that was 6 years ago and she's remarried now and very happy",
    // What a fire left, now (was possible).
    'someone set the bins alight behind the flats on darnley road at the weekend, fire brigade put it out, the wall is black now',
    // Told where she is, after "hadn't been seen" (was possible).
    "the elderly lady at number 4 hadn't been seen for a few days so we rang her son, she'd gone to stay with him, all fine",
    // Free of him now (was the 999 answer).
    'before i was with a man who hit me but now i am free and live in my own flat, i want to help other women, how can i volunteer',
    // Lockdown was years ago; "in a much better place these days" (was possible).
    'my friend told me he had suicidal thoughts in lockdown but he is in a much better place these days and has a job he loves',
    // Kids who keep going on a frozen pond, told to have signs put up (was possible).
    'kids keep going on the frozen pond at the park, can the council put up a sign saying keep off the ice',
    // "overnight" is a time in the past (was the 999 answer).
    'someone went along our road overnight trying the car door handles, one car was open and they took sunglasses',
    // "like zombies" is not a zombie knife (was possible).
    "people smoke spice in the park behind the library and they're like zombies, it's scary for the kids",
    // Thirty-fourth session: "no one has been threatened or hurt" is not "threatened to hurt" (was possible).
    "There's been a noticeable increase in drug dealing around the skate park since the summer. No one has been threatened or hurt that I know of, but it feels unsafe",
    // Hit by a cyclist is an accident (was possible).
    'my husband was hit by a cyclist on the pavement and the cyclist just rode off, he has a bruised hip',
    // A hazard: someone could drown (was the 999 answer).
    'the river path floods every winter and people still walk through it, someone could drown, can you put signs up?',
    // "since he got mugged" is the time of it (was possible).
    "my son's been really withdrawn since he got mugged and won't go out, is there any support for victims?",
    // A figure of speech (was the 999 answer).
    'the gym next door plays music so loud it sounds like the bass is trying to kill me',
    // Letters "killing me" (was the 999 answer).
    "my ex is killing me with the solicitor's letters about the house, is there any free legal advice?",
    // A fox killed chickens (was possible).
    'a fox keeps getting into my garden and has killed my chickens',
    // A toddler's mum came for him (was possible).
    'I saw a toddler on his own in the high street this morning but his mum came running round the corner after a few seconds',
    // Pulled out of the ice, last winter (was possible).
    'kids were playing on the frozen lake last winter and one fell in, thankfully he was pulled out, the council should put up signs before it freezes again',
    // Thirty-fifth session: "this was saturday afternoon" is the time of it (was possible).
    'me and my boyfriend were holding hands in the town centre and a group of lads called us names and followed us for a bit laughing, this was saturday afternoon',
    // An accident feared, "is going to fall and break their neck" (was possible).
    'kids climbing onto the roof of the community centre every evening, one of them is going to fall and break their neck',
    // "when we were kids" is long ago (was possible).
    "my dad used to hit my mum when we were kids, now I can't stand shouting",
    // A sign's old joke (was possible).
    'he has put up a sign saying "trespassers will be shot" facing my house and bangs on the wall when I have visitors',
    // A hazard: a branch could fall on someone (was the 999 answer).
    'a huge tree branch is hanging off over the footpath by the school, it could fall on someone',
    // Drawn into gangs, not dragged along (was possible, and the model asked at 0.99).
    "I'm scared my son will get dragged into gangs, there's a lot of them round here, he's 12 and a good boy",
    // A place asked about, and a street's fear since, are not danger now (were possible).
    'there was a stabbing near the station on saturday night, is the area safe to walk through now',
    'there was a stabbing in our road a few weeks ago and now everyone is on edge, can we have more police patrols',
    // (A twin: a partner's friend is not a partner.)
    "he punched me in the face yesterday, my boyfriend's mate, we were at the pub",
    // The door of an empty house: nobody there to be in danger (was possible).
    'My mum passed away last month and since then people have been trying the door of her empty house. Nothing has been taken.',
    // A year before this one is the time of its clause: "now" after it is a contrast (was the 999 answer).
    "my ex hit me in 2021, he's got a new partner and lives in Scotland now, I just want to know if I can see my record",
    // Taken by the ambulance, a thank-you; the school investigating (were the 999 answer, and possible).
    'a lady collapsed in the supermarket this morning, the staff were brilliant and the ambulance took her, I just want to say thank you',
    'a teacher grabbed my son by the arm and left a mark, the school are investigating',
    // Thirty-sixth session: a fire that might be (was the 999 answer).
    "my neighbour is hoarding, the house is full to the ceiling, I'm worried if there's a fire it'll spread to ours",
    // Nobody hurt, "neither" of them (was possible).
    'My son got into a scuffle at football training and the coach had to pull them apart, neither was hurt but the other parent was very aggressive',
    // A knife shown, told to the police: no threat of what will happen (was possible).
    "my son was threatened with a knife at the skate park, he's told the police and given a description, I want the council to put cameras there",
    // The second of two questions opens the clause the weapon is in (was possible).
    'what should I do if I see someone carrying a knife? my kids say lots of boys at their school do',
    // Patrols asked for since (was possible).
    'there was a stabbing near the Clock Tower and now my daughter is scared to go into town, are the police doing more patrols?',
    // A sign's words the other way round; a rifle to be got rid of; the owner of a dog apologised (were possible).
    'someone on our street has put a sign up saying they have a gun licence and will shoot trespassers, is that allowed?',
    "Is there anywhere in Dartford I can safely get rid of my late husband's old air rifle?",
    'My daughter was chased by a dog on the field and fell and cut her knee, the dog was on a long lead, the owner apologised',
    // A knife he wants to carry (was the 999 answer); an attack in a drill video, three words before "video" (a twin of
    // the now table's street words).
    'my son wants to carry a knife for protection since his friend was robbed, how do I stop him',
    "someone got merked in a drill video that's going round but it's fake, it's from a film",
    // A death from an overdose is a bereavement (was the 999 answer); a fire that went out (was possible).
    "My friend's dad died of an overdose last year and she's struggling, is there any bereavement support locally?",
    "someone tried to set fire to the bins behind the shop but it went out, there's a black mark on the wall",
    // What came of a threat: a trip cancelled (was possible).
    "there was a bomb threat at the museum so my son's school trip got cancelled",
    // Gossip that he beats her, "not true"; a burglary the police came to; a threat to a dog (were possible).
    "a woman from my church has been gossiping that my husband beats me, it's not true and it's humiliating",
    'is it normal for police to take 3 hours to come out to a burglary? they came in the end but we were really shaken',
    'my neighbour shouted "I\'ll kill that bloody dog" when my dog barked at him, I don\'t think he meant it literally',
    // A scuffle, "pushing and shoving" (was the 999 answer).
    'two lads had a bit of a scuffle in the queue at the chippy, pushing and shoving, the owner threw them out and that was it',
    // Knives and swords on display (was possible).
    'the old man at number 15 has a lot of knives and swords on display in his front window, is that legal?',
    // Thirty-seventh session: fights "there's been… before" ("'s" for "has"), and what it may end in (was the 999 answer);
    // a defibrillator missing (was possible).
    "There's been fights outside before and I'm worried it will end in someone getting stabbed",
    "the lads race up and down every night, I'm worried it will end up with someone getting hurt",
    'someone has smashed the glass on the defibrillator cabinet outside the village hall and the defibrillator is missing, we need it replaced',
    // A fire feared "before someone sets fire to them" (was possible).
    'fly tippers have dumped about 30 tyres in the field by the Bean interchange, can someone get them moved before someone sets fire to them',
    // A broken ankle feared on a path (was possible).
    'The alley behind Milton Road is a death trap, broken glass, dog mess, no lighting and the path is collapsing into the stream. Someone is going to break their ankle.',
    // Whether it is all right to keep an air rifle: a question (was possible).
    "Is it ok for my neighbour to keep an air rifle in his shed? He says he uses it for rats but I don't like it with the kids around",
    // Cars mounting the pavement at pick-up time: a way of driving, after a crash "last night" (was the 999 answer).
    'Someone drove into the bollards outside the school last night and left them flattened. Nobody was hurt as it was the middle of the night but now cars are mounting the pavement there at pick up time.',
    // A mattress set alight on Halloween, "not burning now", with a burnt-out thing told of in "there's…" (was the 999
    // answer).
    "There's a burnt out mattress and what looks like the remains of a bonfire on the rec near the play area. I think kids set fire to it on Halloween. It's not burning now, just a black mess with springs sticking up, but toddlers are climbing on it. Could someone come and clear it away.",
    // A fire put out last week, beside a landlord who keeps piling rubbish and rats "now coming into our gardens": a
    // nuisance by someone else and a "now" told before the fire (was the question).
    'I have reported this three times already. The landlord of the flats opposite keeps piling mattresses, fridges and bags of rubbish in the front garden. It is attracting rats which are now coming into our gardens. My children cannot play outside. Last week someone set light to some of the bags but the fire brigade came quickly and put it out. It needs clearing properly.',
    // Each of the two apart: a "now" before the fire; a nuisance kept up by someone else (were the question).
    'Our street is now full of rats. Last week someone set fire to the bins but the fire brigade put it out.',
    'The landlord keeps piling rubbish in the garden. Last week someone set light to the bags but the fire brigade put it out.',
    // A taunt at a girl in a headscarf, "saying she's hiding a bomb under it" (was the question; the 999 answer before).
    "My daughter wears a headscarf and a boy in her class keeps pulling it off and saying she's hiding a bomb under it. The teacher told him off but it carries on.",
    // A dead cat that "might have been hit by a car" (was the 999 answer); men in their own garden.
    'I found a dead cat in a black bag dumped by the bins behind the flats this morning. It looks like it might have been hit by a car.',
    'the men are in their garden drinking every night',
    // A threat "over the summer holidays", both "back to college now"; a leg feared broken "before" a hole is mended
    // (were the question).
    "my neighbour's son who's about 20 has been telling my son that he'll \"batter him\" if he sees him on the estate again. this was over the summer holidays and they've both gone back to college now and i don't think they see each other.",
    "Hi, there's a large hole in the pavement on Harmer Street where the utility company dug it up and didn't fill it properly. Can someone fix it before someone breaks their leg.",
    // (A fall from a scooter, with no time told, is not a rider lying in the road.)
    'my daughter fell off her scooter and cut her knee on broken glass in the park, it needed stitches, please clean it up',
    // A shed set on fire "between Friday night and Monday morning… Nobody was there at the time"; "a falling out" (were
    // the question: a time not read, and a fall).
    "Sometime between Friday night and Monday morning our allotment shed was set on fire. It's completely destroyed. The fire service think it was deliberate. Nobody was there at the time.",
    "my son had a falling out with his best mate and they won't speak to each other",
    // Thirty-ninth session. A car "broken into" (was the 999 answer: "please"); "I still take a different route now" after
    // a mugging, how the teller gets about since (was the question); whoever attacked people "has been caught".
    "Could you send me the number for victim support please, I had my car broken into and I'm a bit shaken",
    "I was mugged on the way home from work in October. Police never caught them. I still take a different route now. I'm fine but wanted it logged as it's the same alley where others have been mugged.",
    'I wanted to let you know that the lad who was attacking people in the park has been caught. Thanks to whoever dealt with it.',
    // "nothing caught fire"; a confused resident's fear, told by a carer (was the 999 answer); "someone's going to fall and
    // kill themselves" (were the question).
    'Teenagers have been setting off fireworks on the field behind Instone Road every night this week. Loud bangs till 11. One landed in my garden yesterday but nothing caught fire.',
    "I work in a care home and one of our residents gets very confused and says staff are trying to kill her. She's safe, we just need advice on whether to log it.",
    "kids climbing on the scaffolding on the new flats on Station Road at night. Someone's going to fall and kill themselves.",
    // "in therapy now"; a knife talked of and "a wind up"; a post that "police said it's fake" (were the question).
    "i was assaulted at a bus stop in dartford in 2022 and the man was never found. i'm in therapy now and doing much better. my therapist suggested i report it for the statistics",
    "I just want to say there's a lot of talk on the estate Facebook page about a man with a knife but nobody has actually seen anything. I think it's a wind up.",
    // Stories heard of a place, asked about (was the 999 answer).
    "My daughter is doing her DofE and wants to know if it's safe to camp at Shorne Woods. She's heard stories about people being attacked there. Is that true?",
    // "would like to know the best number to report…", a question; a car set on fire "in the early hours", "a burnt out
    // shell now"; "I'm an adult now" (were the question).
    "Our neighbourhood watch would like to know the best number to report people trying car doors at night. It's happened a few times on our road this autumn.",
    "Someone set fire to a car on the Painters Ash estate in the early hours. It's a burnt out shell now. The police have been and taped it off.",
    "I'd like to report an incident from 2018. My teacher at school hit me. I'm an adult now. I don't know who to tell.",
    // Not seen, and "her daughter said she's on holiday" (was the question).
    "The woman at number 14 hasn't been seen for a few days but her car is gone and her daughter said she's on holiday in Spain.",
    // The one robbed "back at school and coping" (was the question: "back at school" was read as whoever did it, back);
    // teenagers jumping off a pier "at Gravesend into the river" (was the 999 answer); "is it true that…", a question.
    "Last month my son was robbed of his phone at knifepoint by two boys near the station. Police have the CCTV. He's back at school and coping. We just want to know if anyone has been caught.",
    'Groups of teenagers are jumping off the pier at Gravesend into the river in the hot weather. Someone will drown one day. Can there be signs or a lifeguard?',
    "Is it true that the police can't do anything unless you've been physically attacked? My neighbour swears at me daily.",
    // Fortieth session. "there's a new taxi marshal scheme": a "there is" that tells of no one is no scene now, beside an
    // attack in 2021 (was the 999 answer).
    "I was attacked in my taxi in 2021 near the Bluewater bus station. I've been told there's a new taxi marshal scheme and I'd like to know if it covers Dartford station too",
    // Heard, then "Is it true?" (was the question).
    "I was told a woman was attacked walking her dog on the Darenth Country Park trails but I can't find anything about it online. Is it true?",
    "I saw on facebook that a girl went missing from Swanscombe but she's been found safe, is that right",
    // "sorted by the head": dealt with, told in the passive (was the question).
    'Two mums had a slap fight at the school gates this morning, it was sorted by the head and both were sent away. My kids saw it and were upset',
    // (Twins of the now table's bus shelter: smashed up overnight, and those who were smashing it up, caught.)
    'someone smashed up the bus shelter on Watling Street overnight, glass all over the pavement this morning',
    'the lads who were smashing up the bus stop last night have been caught on the council camera',
    // Forty-first session. A case put to the service, then asked what to do; what something counts as in law (were the
    // question).
    'If someone posts a threat online to shoot up a school, do I report it here or to the police?',
    'Is an air rifle classed as a firearm? My neighbour shoots pigeons in his garden',
    // Blood for show (was the 999 answer); a story the police said was fake, though it names a place (was the 999 answer).
    'The kids at the skate park were pretending to fight for a TikTok video, there was fake blood everywhere. Gave me a fright',
    'Our local Facebook group is full of posts about a man with a knife in Gravesend town centre but the police said it was a fake story',
    // What was left unmended, "now", after a fire last year (were the question).
    "Someone set fire to the bin in the park last summer and they've never replaced it, there's rubbish everywhere now",
    "Someone tried to set fire to the post box in the village last year, now Royal Mail won't replace it",
    // A worry about a place; the place named by a stabbing there last year (were the question).
    'The underpass at Kings Farm is pitch black at night, someone is going to get attacked there',
    "There's a memorial of flowers at the bus stop where the boy was stabbed last year, someone keeps stealing them",
    // Asked what to do with a knife found; what a neighbour feared, and was not so (the 999 answer); toilets left locked
    // since an overdose last year, "now" (the question).
    "What do I do with a knife my son brought home from a friend's house? He's 12 and says he found it",
    'My daughter dressed up as a zombie bride for a party and a neighbour called the police thinking she was hurt, can that be noted?',
    "Someone overdosed in the public toilets last year and now they're always locked. Can they be opened in the day?",
    // Whoever it was kept away "since the police visited"; "it's all calmed down now"; a gun the head says was a toy
    // (were the question).
    "follow up to ref 4421, the man hasn't been back since the police visited",
    "Just want to say the officer who came out about the fight was brilliant. It's all calmed down now",
    "My daughter's friend told her someone brought a gun into school but the head says it was a toy",
    // Whoever was threatening, on remand ("follow up" is a report followed up); "I think it's a game", of eight-year-olds
    // (were the question).
    'follow up: the man who was threatening me has been arrested and is on remand. Thank you',
    "the kids keep shouting we'll get you at my son from across the road, they're all about 8, I think it's a game",
    // A bomb scare that "turned out" to be a bag left behind; someone who has "turned his life around now"; a grave, of a
    // death in a stabbing in 2020 (were the question).
    'we had a bomb scare at work today, turned out someone left a bag behind, all fine',
    "my neighbour's teenage son was arrested for carrying a knife last year, he seems to have turned his life around now. should I still be worried?",
    "someone keeps stealing the flowers from my son's grave, he died in a stabbing in 2020",
    // Told with its outcome: "everyone's safe"; "it's all been cleared now"; "the police spoke to him. She feels safer";
    // "over in a minute and they all walked off"; "It's a scam isn't it?" (were the question).
    "my son's school locked down this afternoon because of a report of a man with a knife, it was lifted an hour later and everyone's safe",
    "someone set fire to the wheelie bins behind the Co-op on Saturday night, it's all been cleared now",
    'the man who was following my daughter home from school has been identified and the police spoke to him. She feels safer',
    'teenagers were fighting in the park this afternoon but it was over in a minute and they all walked off',
    "my mum got a letter saying her grandson had been kidnapped and to send money. It's a scam isn't it?",
    // Forty-second session. "She'd been attacked years ago" ("'d" as "had": was a threat, the question); a fight outside
    // a pub that the police "came and arrested" two for; an attacker "sent to prison", with thanks; a butcher's knives
    // carried "to and from work"; gunshots thought to be bird scarers (were the question).
    "I'm a support worker and one of my clients told me she'd been attacked years ago, what do I do with that?",
    'I called 999 earlier about a fight, they came and arrested two people, do I still need to report it here?',
    'the man who assaulted me has been sent to prison for 3 years, I just wanted to say thank you to the officer',
    'our neighbour is a butcher and carries his knives to and from work in a case, is that allowed?',
    "I keep hearing gunshots at night, but I think it's the bird scarers on the farm",
    // How many have reported fights; skunk the kids "can't breathe in" (were the 999 answer); a dog attacked by a dog.
    'how many people have reported the fights outside the school this year?',
    'constant smell of skunk on the stairs, kids cant breathe it in',
    'my dog was attacked by another dog in the park',
    // Whoever the police "spoke to" not seen since; knife fighting practised at a club, knife defence classes (were the
    // question).
    "Good morning. I wanted to follow up on the incident I reported on Saturday about the youths on the bikes. The police attended and spoke to them and I haven't seen them since. Thank you for your help",
    'we practise knife fighting at my martial arts club, do we need to tell anyone?',
    'my son goes to knife defence classes, is that legal?',
    // A worry about spiking, or "the stabbings he's heard about"; a rumour the police "checked and it's nothing"; a knife
    // "his dad uses for fishing"; a taunt asking if he's going to blow himself up (were the question).
    "my daughter is going to a festival this weekend, I'm worried about spiking, what should she look out for?",
    "my son wants to carry a pocket alarm because of the stabbings he's heard about, where can he get one?",
    "there's a rumour going round the school that someone is bringing a gun in on Friday, the school says the police have checked and it's nothing",
    'my son says his mate has a knife at home that his dad uses for fishing, should I worry?',
    "a lad at my son's school keeps asking him if he's going to blow himself up because he's Muslim",
    // Asked if it is normal to feel scared "after being burgled", three weeks ago (was the 999 answer).
    "is it normal to feel scared after being burgled? it happened three weeks ago and I can't sleep",
    // A weapon from long ago, or left by someone who has died, asked how to be rid of (were the question); hands "killing"
    // the resident after the shopping (was the 999 answer).
    "I found my grandad's old army bayonet in a drawer, should I hand it in?",
    'my late father had a shotgun in his wardrobe, what do I do with it?',
    "cleared out my mum's garage and found a rusty old machete, how do I get rid of it?",
    "there is an antique sword in my late uncle's flat, how do we dispose of it safely",
    // A bus shelter or swings set on fire, counted; masks in a drill video; "kicking out time" (were the question).
    'the bus shelter on London Road has been set on fire twice this month',
    'the swings in the rec have been set alight 3 times since the summer',
    'my son showed me a drill video filmed on our estate with masked lads pretending to shoot at the camera, is that illegal?',
    'the pub is noisy at kicking out time, people singing and shouting in the street',
    // (Twins of the now table's pleas alone: asked what to do, a plea with more told; someone missed, not missing: was
    // the question.)
    'do I call 999 or 101?',
    'should I call the police?',
    'can you send the police round to look at the graffiti on my wall',
    'my son is missing his dad since the divorce',
    // The police chasing youths on mopeds (was the question: "chase them").
    'youths riding around the estate on stolen mopeds every night, the police chase them but never catch them',
    // (A twin of the possible table's knife painted "after I gave a statement": a statement given, the attack dealt with.)
    'my son was punched on the bus on Monday and gave a statement to the police, they have arrested the boy',
    // (A twin of the possible table's trackers found: one the resident means to fit.)
    'I want to put a tracker on my car in case it gets nicked',
    // A report made about a fight, a photo to add (was the question).
    'I made a report about a fight at the skate park, can I add a photo of the bike they left behind?',
    // A car that "hasn't moved in a month" (was the 999 answer).
    "there's a car parked on our road with a flat tyre and a smashed window that hasn't moved in a month",
    // People warning each other about burglaries (was the question).
    'we want to set up a WhatsApp group for our street so people can warn each other about burglaries, is that allowed?',
    // "much more confident now", "back to walking home" after an attack dealt with (was the 999 answer: "he's back").
    "my son was attacked on the way home in September and the boys were charged, he's much more confident now and he's back to walking home with his friends",
    'my hands are killing me from carrying the shopping up all these stairs since the lift broke',
    // (Forty-fourth session.) A keepsake to "surrender" (was the question: only "get rid of", "hand in", "dispose of").
    'my late husband had a shotgun in the loft, how do I surrender it?',
    // A fence cut to get on the railway line, the hole left (was the 999 answer); fertiliser for an allotment.
    "someone has been cutting through the fence to get on the railway line, there's a big hole now",
    'where can I buy fertiliser for my allotment?',
    // "someone's gone and smashed up the bus stop" (was the question: "gone" read as a threat's "going to"); a service
    // asked for, "is there anyone who can help him?" (was the 999 answer: a plea); someone with dementia who wandered
    // off, brought back by a neighbour (was the question).
    "bruv someone's gone and smashed up the bus stop again on the parade, glass everywhere, happened last night",
    "there's a man sleeping rough in the doorway of the old Woolworths, he seems OK but is there anyone who can help him?",
    'my mum who has dementia wandered off last week but a neighbour brought her back, can the council help with a door alarm?',
    // A child who ran away, "back now and doing well" (was the 999 answer: "now"); a car that "followed me too close"
    // (was the question); SOS as a word of a longer message.
    "my daughter ran away from home in the summer, she's back now and doing well, thank you to the officers who found her",
    'a car followed me too close on the A2 and flashed its lights, then overtook, it was scary',
    'SOS the neighbours are having another party',
    // A question about burglaries on the street (was the question).
    'can you tell me if there have been any burglaries on my street recently?',
    // A year two or more before this one is long ago: a "now" after it tells of life since (were the question); "it's
    // really helped him"; a knife painted on a bridge among gang names.
    'my cousin was stabbed outside a nightclub in 2015, we campaign for knife bins now, where can we put one',
    "my son's friend was arrested for carrying a knife last year and is now doing a youth programme, it's really helped him",
    'someone has spray painted a knife and "postcode" gang names on the bridge',
    // A running track, not the railway (was the 999 answer: "track" read as the railway's).
    'my son is running on the track at the leisure centre',
    'there is a man walking on the track at the athletics club every night',
    // (Forty-fifth session.) Questions whether schools or door staff search for weapons; a memorial vandalised years
    // after a stabbing (were the question). Twins of the possible table's: a fight in videos filmed in the park (on a
    // screen), a worry about a dark alley with no day ahead.
    'do schools check pupils for knives?',
    'are bouncers allowed to search you for weapons?',
    'my uncle was stabbed years ago near the shops, now there is a memorial bench and kids keep vandalising it',
    'girls fighting in videos filmed in the park, they post them online',
    'the alley is so dark, someone is going to get attacked there one day',
    // A keepsake asked about ("is it legal?"); what counts as a weapon, whether a knife is legal; "I'm at uni now and
    // fine"; "this is just for your records"; questions about what happens to a teenager caught with a knife, what a
    // supermarket may sell, weapon sweeps, how to tell if a son carries one, what to tell a son to do (were the
    // question); a van left with its windows smashed in, going out with mates on a school night (were the 999 answer).
    'my dad keeps his old service pistol in a display case, is it legal?',
    'is a lock knife legal?',
    "what counts as a weapon if you're stopped by police?",
    "a man followed me home from the station in year 10, I'm at uni now and fine",
    'my son was punched at a match last season, it was dealt with, this is just for your records',
    'what happens to a teenager caught with a knife at school?',
    'can a supermarket sell a knife to a 15 year old?',
    'are the police doing weapon sweeps in the woods this summer?',
    'how can I tell if my son is carrying a knife?',
    'what should I tell my son to do if someone pulls a knife on him?',
    "there's a van with its windows smashed in and the back door open on our road, it looks dumped",
    "my mum won't let me go out with my mates on a school night",
    // A worry that a kid will get hit one day; a wooden sword fight in a school play (were the question).
    'cars go so fast past the school, one day a kid will get hit',
    'the school play had a wooden sword fight and a parent complained',
    // Asked whether something is a crime; an accident on a broken bottle; an old machete dug up; injuries told of with
    // how they came (forty-sixth session; the first three were the question).
    'is it assault if someone pushes you in a queue',
    'would it be assault if someone grabbed your arm in a pub?',
    'my son cut his hand on a broken bottle in the park, can the council clear the glass',
    'we found an old rusty machete in the garden when we were digging the veg patch',
    'my son got a black eye playing rugby on saturday',
    'he came home with a bloody nose, he fell off a ramp at the skatepark',
    'I bruise easily because of my medication',
    'my nan has bruises on her arms from her blood thinners, the carers are lovely',
    // A first aid course, a training scenario, cadets, a lockdown drill's worry, a figure of speech, someone looked after
    // now (forty-sixth session; were the question or the 999 answer).
    'our church is running a first aid course on how to treat stab wounds',
    "I'm a trainee nurse and we did a scenario about an overdose today",
    'my son wants to join the army cadets and fire guns',
    "the school did a lockdown drill today and she's worried about someone coming in with a gun",
    "the speed bumps on our road are so high they're going to kill someone's suspension",
    // A case put with someone unnamed after "if": "him" is the case's, not someone the teller knows (was the question).
    'what should I say to my son if a friend offers him a knife for protection',
    "I saw an ambulance outside my neighbour's this morning, I think he had a fall, his son is with him now",
    // (A twin of the possible table's "she says she's staying with him": someone looked after by her son.)
    "my elderly neighbour fell on sunday, her son took her to hospital and she's staying with him for a while",
    // A carbon monoxide alarm that was faulty, told after the engineer came (was the 999 answer).
    'my carbon monoxide alarm went off, the engineer came and it was a faulty alarm',
    // (A twin of the now table's "I can't get him off": a teenager on her phone.)
    "my teenage daughter spends all night on her phone and I can't get her off it",
    // A talk about a kind of crime (was the question).
    "we're a residents association and want to invite the police to talk about burglaries, who do we contact",
    // Asked whether what was heard is true, then another question, after a comma (forty-seventh session; was the
    // question).
    'my teenage daughter says everyone at her school carries a knife, is that true, should I be worried',
    // (A twin of the now table's car being broken into: reported.)
    'I want to report my car being broken into last week',
    // (A twin of the possible table's "moved into the flats behind us": the family moved.)
    "my son was mugged at knifepoint in march, we've since moved into a new house near my mum",
    // A cut from shaving; a gas smell from the sewage works (forty-seventh session; were the question and the 999
    // answer).
    "my daughter cut herself shaving her legs and now she's scared of razors, is there anything for kids with anxiety",
    "there's a gas smell when the wind blows from the sewage works, is that normal",
    // (A twin of the possible table's "nowhere else to go": kids with nowhere to go.)
    'a lad was stabbed in the park last year, since the youth club shut the kids have got nowhere to go',
    // (A twin of the possible table's burn on a hand: how it came.)
    "I burnt my hand on the oven, there's a burn on my hand",
    // (A twin of the now table's lighter fluid: told after it was dealt with.)
    "last year my ex threatened to burn the house down and he had petrol, he's in prison now",
    // Following or fighting the teller calls harmless (were the question).
    "there's a man who stands outside the Sainsbury's asking women for their number and following them a few steps, he's harmless but it makes girls uncomfortable",
    'teenagers fighting outside the Co-op every friday nite, its the same lot, nobody gets hurt',
    // A pet to bury; a firearms officer's medals (were the question).
    "my daughter's hamster died and she wants to bury it in the park, is that allowed",
    'my father in law was a firearms officer and has medals, we want to donate them to a museum',
    // (A twin of the now table's quarry edge: kept back from it.)
    'we walked the dog along the cliff path at the quarry and the kids stayed well back from the edge',
    // "just glad": merely, not a minute ago (was the question).
    "my brother was attacked in Gravesend town centre in the summer, the man got 18 months, we're just glad it's over",
    // (A twin of the possible table's runaway who threatens to go again: home and settled.)
    "my daughter ran away last weekend, the police brought her back and she's settled now",
    // A parrot that sounds like a woman screaming for help (was the question).
    "my neighbour's parrot screams all day, it sounds like a woman screaming for help, people have called the police twice",
    // A son's wish to carry a knife and why, told by a parent (was the question).
    'my son wants to carry a knife because his friends do, how do I talk to him about it',
    // Sleep apnoea (was the 999 answer); a nerf gun at play (a twin of the now table's BB gun fired at people).
    "my husband has sleep apnoea and stops breathing in the night, the doctor says it's fine, but is there an alarm I can get",
    'my son got a nerf gun for his birthday and keeps firing it at me',
    // (A twin of the possible table's "hasn't been caught": caught.)
    'there was a stabbing on our estate this morning and the lad who did it has been caught, my kids walk that way to school',
    // (A twin of the possible table's "been getting beaten up": it stopped years ago.)
    'my son was getting beaten up on the way home from school in year 7 but it stopped when he changed schools two years ago',
    // The door of a communal bin store kicked in (forty-eighth session; was the 999 answer); threats that stopped (a twin
    // of the possible table's crack house).
    'someone has kicked in the door of the communal bin store',
    'the people next door started threatening us last year but they moved out in the spring',
    // (Twins of the possible table's video of a knife: a video shown, a fight in a video sent.)
    'my son showed me a video of a knife fight from america, it was horrible',
    'my mate sent me a video of a stabbing at the station from last year',
    // A pride flag set on fire in a garden (forty-eighth session; was the question); a threat with a walking stick long
    // ago (a twin of the possible table's nan).
    'our pride flag was set on fire in our front garden while we were out',
    "my grandad threatened the postman with his walking stick years ago, it's a family joke now",
    // (Twins of the possible table's "about again": gone since.)
    "a man followed me from the station last night and he got on a train to London, I haven't seen him since",
    'my son got punched off his bike by a lad on a moped last year and the same lad has moved to Scotland',
    // (Twins of the possible table's "due to have him again" and someone letting themselves in.)
    "my ex hit our son five years ago and he hasn't seen him since, he lives abroad",
    "my landlord keeps letting himself into my flat when I'm at work",
    // A son who gets into fights, asked about by a parent; hearsay of a knife at a fight on saturday; a play area set on
    // fire with no one there; a man shot in a film (forty-ninth session; were the question, and the film the 999 answer).
    "my son gets into fights at school and I don't know how to get him help",
    "there was a fight at the fair on saturday night and apparently someone had a knife, I wasn't there, just heard about it",
    'the play area has been set on fire again, the slide melted, no one was there',
    'I saw a man shot in a film and it upset me, is there someone to talk to',
    // (Twins: everything smashed long ago; a man jumped on last year.)
    'he smashed everything in the house last year when he was drunk, we are divorced now',
    'a man jumped on my son at the bus stop last year, the police caught him',
    // Music "killing me"; smoke asked about beside a fire brigade's exercise; "we're going to smash it tonight" (to do
    // well); a stalker given a restraining order, moved away (forty-ninth session; the first was the question, the others
    // the 999 answer).
    "the new neighbours are killing me with their music every night, it's doing my head in",
    "the fire brigade are doing training exercises at the old factory, is that why there's smoke",
    'the students at the house opposite were shouting "we\'re going to smash it tonight" and then played music until 4am',
    'the man who stalked me has been given a 5 year restraining order and moved to Scotland, I just want to update my report',
    // A burnt out scooter to take away (forty-ninth session; was the question).
    'can the council take away the burnt out scooter from our stairwell',
    // Whoever did it, arrested, then seen in court today (forty-ninth session; was the question: seen again today).
    'my neighbour punched me last week, he was arrested and today I saw him in court',
    // (A twin of the possible table's son tied to a tree: a bike tied to a lamppost.)
    'my son tied his bike to the lamppost and it got nicked',
    // (A twin of the possible table's brother: found himself.)
    "my son went missing on friday but he was found this morning at his mate's",
    // (A twin of the now table's son hiding in a shed: hiding from fireworks last year.)
    'my kids were hiding inside when the fireworks went off last year',
    // Fiftieth session: look-alikes (each was the question, or the 999 answer where marked): a gym contract that won't
    // let her leave (999), boxers training that residents take for a fight (999), knives sharpened at a market, a
    // suicide prevention leaflet, a wasp, a high street killed, forums followed, a car fire the fire brigade had out.
    "my daughter is trapped in a contract with a gym that won't let her leave, can the council help",
    'the lads at the boxing gym are training in the car park with pads and gloves, residents think they are fighting',
    "there's a man who sharpens knives at the market every saturday and people keep saying it looks dodgy, is that allowed",
    'someone left a suicide prevention leaflet in our door, who do we contact to volunteer',
    'my son was stabbed by a wasp at the picnic and his hand swelled right up, are there nests we should report',
    'they said the new development will kill the high street, who do we object to',
    "my daughter's boyfriend has been following incel forums and talks about women deserving punishment",
    'a car was on fire on the A2 this morning, fire brigade had it out by the time i drove past',
    // (A twin of the now table's smoke in the stairwell: someone who smokes there.)
    'the fire alarm keeps going off because someone smokes in the stairwell',
    // …a bin set alight, "just a melted lump now" (was the 999 answer), a fight at a club, "all friends again by closing"
    // (was the 999 answer), a butcher's knives, and a case put to ask what the bot does ("if someone is stabbed…, will
    // this chat tell the police": was the question).
    "someone has set fire to the litter bin at the bus stop again, it's just a melted lump now",
    'the rugby club celebrations got a bit out of hand with people fighting over the last pint, all friends again by closing',
    "the man next door is a butcher and carries his knives to work in a bag, my daughter thinks he's dangerous",
    'if someone is stabbed near my house, will this chat tell the police or do i have to ring them',
    // …plants killed, a garden an extension will kill, "you're dead to me", a fight named as the subject of an earlier
    // report (each was the question).
    'my neighbour poured weedkiller over the border and killed all my plants because they touch his fence',
    "my neighbour's extension is going to block all my light, it'll kill my garden",
    'he keeps shouting "you\'re dead to me" at my husband over a parking row',
    "further to my earlier report about the fight, I've remembered the car was a blue audi, how do I add that",
    // …youths jumping off a bridge into the river for fun (was the question; the data labels it so).
    "youths jumping off the bridge into the river all day in the heat, they seem to know what they're doing",
    // …sheds broken into as a habit, a dashcam sticker's "you've been warned", "we'll kill you" shouted at each other
    // with everyone laughing (each was the question).
    'people keep breaking into the allotment sheds and taking tools, nothing else',
    'the car that keeps speeding through our road has a dashcam sticker saying "you\'ve been warned"',
    'drunk people shouting "we\'ll kill you" at each other outside the pub, they were all laughing',
    // (A twin of the now table's cry for help: help asked for with a nuisance.)
    'can you help, they are noisy every night',
    // (A twin of the possible table's fear typed alone: a fear told in a sentence.)
    "I'm scared of spiders",
    // (A twin of the now table's crossbow: a laser pen aimed as a habit.)
    'a lad keeps aiming a laser pen at people from his window every night',
  ];
  it('a request, trouble that goes on and a shout told in the past are asked about, not the 999 answer (were now)', () => {
    for (const text of [
      // "Please can someone remove…" is a job asked for, not a plea.
      'Please can someone remove the graffiti on the underpass by the college, it says "I will kill you Jordan". It\'s been there months.',
      // "It's still going on", in a sentence of no sign, is the trouble going on, not a stabbing last week.
      "People come to the flat next door at all hours, stay 5 minutes and leave. Last week one of them was stabbed outside, I read it in the paper. It's still going on.",
      // "I've just seen the same kind of gun for sale": an advert seen; "I'm just worried": merely.
      "A man was shot with an air rifle in Gravesend last year and I've just seen the same kind of gun for sale on Facebook marketplace by someone local. Is that legal?",
      "My brother keeps posting that he wants to die on his Facebook but he's done it for years, he has a care coordinator and he's seeing them this week. I'm just worried.",
      // "was shouting that he was going to kill himself", and taken away in an ambulance.
      "A man in the Co-op was shouting that he was going to kill himself if they didn't serve him. Staff called the police and he was taken away in an ambulance.",
      // A dog left in a car, told with nothing of heat or collapse (fiftieth session; gr46-0547, labelled none, was the
      // 999 answer).
      'dog left in a car barking for an hour in the supermarket car park, windows down a bit',
      "a dog left in a car at the retail park with the windows down, it's a cool day but I'm worried",
    ])
      assert.equal(level(text), 'possible', text);
    // (…and a plea with a job, a stabbing that is still going on, a shout going on, still are.)
    assert.equal(level('please can someone come quick he is stabbing my brother'), 'now');
    assert.equal(level("he stabbed him and it's still going on"), 'now');
    assert.equal(level("the man next door is shouting that he's going to kill me"), 'now');
    assert.equal(level("I've just seen a man with a gun outside the school"), 'now');
    assert.equal(level('a dog locked in a car in this heat'), 'now');
    assert.equal(level('someone set fire to a car in the early hours and now the fire is spreading to the house'), 'now');
  });
  it("injuries seen ask, and never give the 999 answer by themselves; with another sign, the level is that sign's", () => {
    assert.deepEqual(detector.read('my friend has a black eye right now'), { level: 'possible', signs: ['attack'] });
    assert.equal(level('she has a black eye and bruises, he is hitting her again right now'), 'now');
    // A fall told by someone else is the excuse it often is; one told as what happened is not a sign.
    assert.equal(level('she says she fell but she has bruises all over her arms'), 'possible');
    assert.equal(level('my mum fell in the garden yesterday and has a bruise on her arm'), 'none');
  });
  it('an age or friends "now" is not this minute: a fight in year 7, "he\'s 17 now and they are actually mates now", is asked about, not the 999 answer (was now)', () =>
    assert.equal(level('my son was jumped on the way home from school in year 7, hes 17 now and they are actually mates now'), 'possible'));
  for (const text of now) it(`now: "${text}"`, () => assert.equal(level(text), 'now', detector.explain(text).join('; ')));
  for (const text of possible) it(`possible: "${text}"`, () => assert.equal(level(text), 'possible', detector.explain(text).join('; ')));
  for (const text of none) it(`none: "${text}"`, () => assert.equal(level(text), 'none', detector.explain(text).join('; ')));

  it('finds plurals and tenses from the lemmatiser, not from lists of forms', () => {
    const [knives] = tokenise('knives');
    assert.ok(knives!.lemmas.has('knife'));
    const [took] = tokenise('took');
    assert.ok(took!.lemmas.has('take'));
    // Text-speak becomes the words it stands for.
    assert.deepEqual(
      tokenise('tryna get in').map((t) => t.word),
      ['trying', 'to', 'get', 'in'],
    );
    // "he'll" without its apostrophe is "he will" only before a verb ("a living hell" stays).
    assert.deepEqual(
      tokenise('says hell come back, a living hell, theyll get you').map((t) => t.word),
      ['says', 'he', 'will', 'come', 'back', 'a', 'living', 'hell', 'they', 'will', 'get', 'you'],
    );
    // "'s" before a thing or a person is whose it is; before a word of where, state or doing, or a word the lexicon does
    // not know, it is "is".
    const words = (text: string) => tokenise(text).map((t) => t.word);
    assert.deepEqual(words("my nan's flat, my ex's new partner"), ['my', 'nan', "'s", 'flat', 'my', 'ex', "'s", 'new', 'partner']);
    assert.deepEqual(words("he's here, the man's outside, the baby's not breathing, my son's unconscious"), [
      ...['he', 'is', 'here', 'the', 'man', 'is', 'outside', 'the', 'baby', 'is', 'not', 'breathing'],
      ...['my', 'son', 'is', 'unconscious'],
    ]);
    assert.deepEqual(words("my son's been stabbed, my son's home, my son's knackered"), [
      ...['my', 'son', 'is', 'been', 'stabbed'],
      ...['my', 'son', 'is', 'home'],
      ...['my', 'son', 'is', 'knackered'],
    ]);
    // Text-speak "b", "n", "gona", "sed", "wen", "b4" (not "flat b", "the n word").
    assert.deepEqual(words('theyll b back n sed wen, flat b, the n word'), [
      ...['they', 'will', 'be', 'back', 'and', 'said', 'when'],
      ...['flat', 'b', 'the', 'n', 'word'],
    ]);
    // "someones", "somebodys": the same "'s", its apostrophe left out.
    assert.deepEqual(words('someones shooting, someones car'), ['someone', 'is', 'shooting', 'someone', "'s", 'car']);
    // …unless it is a thing the lexicon lacks that people own ("my dad's old shotgun", "my son's xbox": OWNED).
    assert.deepEqual(words("my late dad's old shotgun, my son's xbox"), ['my', 'late', 'dad', "'s", 'old', 'shotgun', 'my', 'son', "'s", 'xbox']);
    for (const text of ['a man with knives outside', 'a man with a knife outside', 'men with machetes outside', 'a man with a machete outside']) {
      assert.equal(level(text), 'now', text);
    }
  });

  it('an explicit past time lowers the level; a verb form alone does not', () => {
    assert.equal(level('a man pulled a knife on me'), 'possible');
    assert.equal(level('a man pulled a knife on me last summer'), 'none');
    assert.equal(level('he attacked me last week and he is outside right now'), 'now');
  });

  it('an attack told without who ("got punched") is read, and over by its past time; an attacker never found leaves it over', () => {
    // (The model read "got punched last week" as a question: the phrases had seen no sign, so nothing was over.)
    for (const text of [
      'got punched last week',
      'got stabbed in the leg in 2019 by some kid, they never found him, I just want it counted',
      'my son got stabbed in 2019 by some kid, they never found him',
    ])
      assert.deepEqual(detector.read(text), { level: 'none', signs: [], over: true }, text);
    // Someone missing is still open however long ago, until found.
    assert.equal(level('my son ran away in 2019 and we never found him'), 'possible');
  });

  it('names self-harm, so the answer can add Samaritans', () => {
    assert.ok(detector.read('I want to kill myself').signs.includes('self_harm'));
    // A count of pills is an overdose: Samaritans with the 999 answer.
    assert.ok(detector.read('i took 20 pills').signs.includes('self_harm'));
    assert.ok(!detector.read('he has a knife').signs.includes('self_harm'));
    // Petrol poured over oneself, or a threat to set oneself on fire, is self-harm, not only a fire (twenty-eighth session).
    assert.ok(detector.read('the man next door is on his drive pouring petrol over himself').signs.includes('self_harm'));
    assert.ok(detector.read("he's threatening to set himself on fire").signs.includes('self_harm'));
  });

  it('a number or a gap among alternatives ("back in #|january") is refused when the phrase is written, not silently read as a word', () => {
    assert.throws(() => new PhraseList(['back in #|january']), /stand alone/);
    assert.throws(() => new PhraseList(['kick *|punch him']), /stand alone/);
    assert.equal(new PhraseList(['back in #']).test(tokenise('he was stabbed back in 2019')), true);
  });

  it('an alternative of several words is written with _ ("taken_in|collected"), and "a|b c" stays a or b, then c', () => {
    assert.deepEqual(spellOut('!not taken_in|collected * post'), ['!not collected * post', '!not taken in * post']);
    const list = new PhraseList(['no_one|nobody would find me']);
    assert.equal(list.test(tokenise('no one would find me')), true);
    assert.equal(list.test(tokenise('nobody would find me')), true);
    assert.equal(new PhraseList(['no one|nobody would']).test(tokenise('nobody would')), false);
    // Text-speak's dropped g of -ing is put back on a word the lexicon does not know that reads as a verb with it.
    assert.deepEqual(
      tokenise('pushin smashin starin basin robin cousin').map((t) => t.word),
      ['pushing', 'smashing', 'staring', 'basin', 'robin', 'cousin'],
    );
    // A list's words of several words too: lists are written out before the alternatives are spelt out.
    const smell = new PhraseList(['smell from * @trade'], { trade: 'bakery|chip_shop' });
    assert.equal(smell.test(tokenise('a smell from the chip shop')), true);
    assert.equal(smell.test(tokenise('a smell from the bakery')), true);
    assert.equal(smell.test(tokenise('a smell from the shop')), false);
  });

  it('lists read together in one pass (PhraseBook) find what each list alone finds, in the same order', () => {
    const lists = { signs: ['knife', 'stab * him', '!he be stab'], times: ['last night', '# year|week ago', 'stab'], none: ['nothing here'] };
    const book = new PhraseBook(lists, LISTS);
    for (const text of ['he was stabbed last night with a knife', 'stab him 2 years ago, knife knife', 'nothing at all']) {
      const tokens = tokenise(text);
      const read = book.read(tokens);
      for (const [name, phrases] of Object.entries(lists) as Array<[keyof typeof lists, string[]]>) {
        const alone = new PhraseList(phrases, LISTS).matches(tokens);
        assert.deepEqual(
          read.matches(name).map(({ phrase, start, end }) => [phrase.source, start, end]),
          alone.map(({ phrase, start, end }) => [phrase.source, start, end]),
          `${name} in "${text}"`,
        );
        assert.equal(read.has(name), alone.length > 0);
      }
    }
    assert.equal(book.read(tokenise('a knife')).any(), true);
    assert.equal(book.read(tokenise('a spoon')).any(), false);
  });

  it('finds a phrase whatever its second slot (a word, a noun, a gap, a number or none), where it starts, in the order of its list', () => {
    // A list looks the phrases a word starts up by the word after it too (PhraseList), so each kind is tried here.
    const list = new PhraseList(['he', 'he * knife', 'he has knife/n', 'he # times', 'he be|has|is hit|stabbed', 'men|man with'], LISTS);
    const found = (text: string) => list.matches(tokenise(text)).map(({ phrase, start, end }) => `${phrase.source}@${start}-${end}`);
    assert.deepEqual(found('he has a knife'), ['he@0-1', 'he * knife@0-4']);
    assert.deepEqual(found('he has knives'), ['he@0-1', 'he * knife@0-3', 'he has knife/n@0-3']);
    assert.deepEqual(found('he 3 times'), ['he@0-1', 'he # times@0-3']);
    assert.deepEqual(found('he has stabbed him, he is hit'), ['he@0-1', 'he be|has|is hit|stabbed@0-3', 'he@4-5', 'he be|has|is hit|stabbed@4-7']);
    assert.deepEqual(found('he'), ['he@0-1']);
    // "man" and "men" start the same phrases.
    assert.deepEqual(found('men with a man with'), ['men|man with@0-2', 'men|man with@3-5']);
  });

  // signs.ts as written: a phrase is a line holding one quoted string; a comment's examples are its double-quoted words,
  // but for those after "not" or "nor", which are what its phrases must not catch.
  const signsSource = readFileSync(path.join(__dirname, '../../services/danger/signs.ts'), 'utf8');
  const phraseOn = (line: string) => /^\s*'([^']+)',?$/.exec(line)?.[1];
  const examplesIn = (comment: string) =>
    [...comment.matchAll(/(\(not |not |, not |nor )?"([^"]+)"/g)].filter((m) => !m[1]).map((m) => m[2]!.replace(/…/g, ' '));

  it('the phrases under each comment of signs.ts match the example the comment gives (a guard against "a|b c" and "#|x")', () => {
    // A comment names what its phrases catch ("someone's getting a kicking in the underpass"). The phrases from a comment
    // to the next comment must match every example.
    const lines = signsSource.split('\n');
    const groups: Array<{ line: number; comment: string; phrases: string[] }> = [];
    let group: (typeof groups)[number] | undefined;
    let afterPhrase = false;
    lines.forEach((text, i) => {
      const line = text.trim();
      if (line.startsWith('//')) {
        if (!group || afterPhrase) groups.push((group = { line: i + 1, comment: '', phrases: [] }));
        group.comment += ` ${line.slice(2)}`;
        afterPhrase = false;
      } else if (phraseOn(line) !== undefined && group) {
        group.phrases.push(phraseOn(line)!);
        afterPhrase = true;
      } else {
        group = undefined;
        afterPhrase = false;
      }
    });
    const unmatched = groups.flatMap(({ line, comment, phrases }) => {
      const examples = examplesIn(comment);
      if (examples.length === 0 || phrases.length === 0) return [];
      const list = new PhraseList(phrases, LISTS);
      return examples.filter((example) => !list.test(tokenise(example))).map((example) => `signs.ts:${line} ${example}`);
    });
    assert.ok(groups.length > 100, `comments read: ${groups.length}`);
    assert.deepEqual(unmatched, []);
  });

  it('every phrase of signs.ts of two or more slots with alternatives reads a labelled description, an example quoted in signs.ts or a sentence of the tables above (a guard against "a|b c" written for "a_b|c")', () => {
    // Phrases were found reading nothing they were written for ("no point anymore|in living|…" read "living" after
    // "anymore"; "it|which going to" missed the "is" of "it's"; "lights|light on|curtains|curtain open" needed "open"
    // after "on"): each must read one sentence. It cannot see a wrong alternative beside one that reads ("should be
    // dead|hanged|put down" read "should be put down" and nothing else): the comment examples above guard those.
    const texts = [...loadSplit('train'), ...loadSplit('test')].map((e) => e.text).concat(examplesIn(signsSource), now, possible, none);
    const sentences = texts.flatMap((t) => t.split(SENTENCE_BREAK)).map((s) => tokenise(s));
    const phrases = signsSource
      .split('\n')
      .map(phraseOn)
      .filter((p): p is string => p !== undefined && p.replace(/^!/, '').split(' ').length > 1 && p.includes('|'));
    assert.ok(phrases.length > 500, `phrases read: ${phrases.length}`);
    // Read together (a list indexes its phrases by their first word); each phrase read names its source as written.
    const list = new PhraseList(phrases, LISTS);
    const read = new Set(sentences.flatMap((tokens) => list.matches(tokens).map(({ phrase }) => phrase.source)));
    assert.deepEqual(
      phrases.filter((p) => !read.has(p)),
      [],
    );
  });

  it('reads a typo in a word that must not be missed, and changes no real word', () => {
    // (Two letters swapped are one edit: "on fier", "a nkife", forty-third session.)
    for (const text of [
      'shes not brething',
      'hes unconsious',
      'some1 is atacking my mum',
      'my dads colapsed',
      'man with a knive outside',
      'the house accross the road is on fier',
      'man with a nkife outside',
    ])
      assert.equal(level(text), 'now', `${text}: ${detector.explain(text).join('; ')}`);
    const spelling = new Spelling(new Set(CRITICAL_WORDS));
    assert.equal(spelling.meant('nife'), 'knife');
    assert.equal(spelling.meant('tretening'), 'threatening');
    // (…nor a plural the lemmatiser does not know: "stabbings" was read as "stabbing", forty-second session.)
    for (const word of [
      'attaching',
      'breeding',
      'stamping',
      'lads',
      'fir',
      'knifes',
      'strangles',
      'strangle',
      'machetes',
      'stabbings',
      'fired',
      'fires',
      'fiery',
    ])
      assert.equal(spelling.meant(word), undefined, word);
    // No word of any labelled description is changed (the list is short for this reason), but for the typos of a
    // critical word residents wrote there ("my mate is unconcious at the party", gr22; "somone been shot near station",
    // gr28; "bloke colapsed on the floor at the bus stop", gr32; "a man with a machette", "my nan has colapsed", "on fier",
    // "a man has been folowing me", "my sister has gone mising", gr45; "man wiv a mashete", "a lad pulled a nife", "my
    // neice is mising", "this guy keeps folowing me", gr46; "rubbish evrywhere by da garages", gr52).
    const changed = [...loadSplit('train'), ...loadSplit('test')].flatMap((e) =>
      tokenise(e.text).flatMap((t) => (spelling.meant(t.word) ? [`${t.word} → ${spelling.meant(t.word)}`] : [])),
    );
    assert.deepEqual(changed, [
      'unconcious → unconscious',
      'somone → someone',
      'colapsed → collapsed',
      'machette → machete',
      'colapsed → collapsed',
      'fier → fire',
      'folowing → following',
      'mising → missing',
      'mashete → machete',
      'nife → knife',
      'neice → niece',
      'mising → missing',
      'folowing → following',
      'evrywhere → everywhere',
    ]);
  });

  it('keeps what it works out per word, but not for words longer than any English word (crafted input cannot fill memory)', () => {
    const cache = new Map<string, number>();
    let made = 0;
    const make = () => ++made;
    rememberedWord(cache, 'knife', make);
    rememberedWord(cache, 'knife', make);
    const long = 'k'.repeat(LONGEST_WORD + 1);
    rememberedWord(cache, long, make);
    rememberedWord(cache, long, make);
    assert.equal(made, 3);
    assert.deepEqual([...cache.keys()], ['knife']);
  });

  it('reads a sentence of more words than any resident wrote in overlapping pieces, so no phrase is cut in two', () => {
    // Crafted: thousands of words with no full stop were read in time that grew with the square of their number.
    const words = Array.from({ length: 400 }, (_, i) => `w${i}`);
    const pieces = piecesOf(words.join(', '));
    assert.ok(pieces.length > 2, `${pieces.length} pieces`);
    const wordsOf = (piece: string) => piece.match(/w\d+/g) ?? [];
    for (const piece of pieces) assert.ok(wordsOf(piece).length <= PIECE_WORDS, piece);
    // Every word is read, and each piece begins before the one before it ended.
    assert.deepEqual([...new Set(pieces.flatMap(wordsOf))], words);
    pieces.slice(1).forEach((piece, i) => assert.ok(pieces[i]!.includes(`${wordsOf(piece)[0]},`)));
    // A sentence as long as the longest labelled one is read whole.
    assert.deepEqual(piecesOf(words.slice(0, PIECE_WORDS).join(' ')), [words.slice(0, PIECE_WORDS).join(' ')]);
    // A danger told where the first piece ends is read, with the words before it, however long the sentence.
    const filler = 'the street is long and the houses are grey and the cars are parked '.repeat(12);
    const cut = 'he has got a knife to her throat right now ';
    for (const at of [0, 130, 140, 145, 150]) assert.equal(level(filler.split(' ').slice(0, at).join(' ') + ' ' + cut + filler), 'now', `at ${at}`);
  });

  it('reads odd and huge input without error', () => {
    for (const text of ['', '   ', '🙁', '\u0000\u0001', 'a'.repeat(10000), 'knife '.repeat(2000), '!!!???...']) {
      assert.ok(['now', 'possible', 'none'].includes(level(text)));
    }
    // A word every JavaScript object has a property for is a word (it threw before the twenty-fourth session).
    assert.equal(level('the constructor has a knife right now and hasOwnProperty valueOf toString'), 'now');
  });
});

describe('danger detector with the model (services/danger/embeddedDangerDetector.ts)', () => {
  const sure = new EmbeddedDangerDetector(LexicalDangerDetector.shared(), () => 0.99);

  it('the model adds the question to a description the phrases do not read', () => {
    assert.equal(sure.read('somewhere near the river').level, 'possible');
  });

  it('an answer to a question is read by the model only when it is a sentence; the phrases read every answer', () => {
    assert.equal(sure.read('somewhere near the river', { answer: true }).level, 'none');
    assert.equal(sure.read('two lads in grey hoodies on bikes', { answer: true }).level, 'none');
    assert.equal(sure.read('by the river and I think he is still following me now', { answer: true }).level, 'now');
    assert.equal(sure.read('he came back and he is in the garden and will not go away', { answer: true }).level, 'possible');
    // A few words naming a weapon are a headline of now as a first message, and a question in answer to "Who?".
    assert.equal(sure.read('a man with a knife').level, 'now');
    assert.equal(sure.read('a man with a knife', { answer: true }).level, 'possible');
  });

  it('the model never questions a danger the phrases read as over', () => {
    assert.equal(sure.read('he hit me two years ago').level, 'none');
  });

  it('the model does not read again words the phrases read as something else: a toy, a joke, a figure of speech', () => {
    for (const text of [
      'my son got a water pistol for his birthday and soaks everyone',
      "a lad at college says he'll kill me in fortnite later lol",
      'the kids at the park are a menace, screaming their heads off till 11',
      // Twenty-third session: a curse; what he would never do (the model had asked, and the phrases asked on the second).
      "a man from the church keeps saying I'll burn in hell if I don't come to his meetings",
      "my husband shouts at me when he's stressed but he'd never hurt me, we're going to couples counselling",
      // Twenty-fourth session: someone not seen, told where she is (the model had asked at 0.98).
      "my neighbour's tree is strangling my fence and it's leaning into my garden",
      "the lady at number 9 hasn't opened her curtains today but her daughter says she's gone away for the weekend",
      "I haven't seen my neighbour for a couple of weeks but I think she's gone on holiday to her daughter's",
      // Twenty-fifth session: a pet missing (the model had asked at 0.65).
      "I've lost my cat, she's been missing since friday, black with a white chest",
      // Thirty-fourth session: a threat denied (the model had asked at 0.84).
      "a man from a car wash keeps trying to get me to bring my car in, he's pushy but not threatening",
      // Thirty-fifth session: danger denied (the model had asked at 0.39).
      "an elderly lady on my road is being taken advantage of by a man who says he's her nephew, she gives him money, she is not in any immediate danger I don't think but someone should check on her",
      // …and drawn into gangs (the model had asked at 0.99).
      "I'm scared my son will get dragged into gangs, there's a lot of them round here, he's 12 and a good boy",
      // Fortieth session: heard, and asked whether it is true.
      'A mum at the school gate told me there are older boys selling weed to year 9s behind the leisure centre, is that true?',
    ])
      assert.equal(sure.read(text).level, 'none', text);
    // …but words that only look like a worry are read by the model again.
    assert.equal(sure.read("I'm scared he's going to do something, he has been so low lately").level, 'possible');
  });
});
