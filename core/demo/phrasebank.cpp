#include "demo/phrasebank.h"

#include <initializer_list>

namespace trellis {

namespace {

QStringList list(std::initializer_list<const char *> items)
{
    QStringList result;
    result.reserve(qsizetype(items.size()));
    for (const char *item : items)
        result << QString::fromUtf8(item);
    return result;
}

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

const std::vector<PhraseBank::NamePool> &PhraseBank::namePools()
{
    static const std::vector<NamePool> pools{
        {list({"Anna",    "Lukas",     "Sophie", "Jonas",     "Lena",       "Felix", "Marie",
               "Paul",    "Katharina", "Tobias", "Johanna",   "Maximilian", "Clara", "Moritz",
               "Hannah",  "Niklas",    "Laura",  "Sebastian", "Franziska",  "Jan",   "Miriam",
               "Florian", "Theresa",   "Stefan", "Greta"}),
         list({"Müller",   "Schmidt",  "Schneider", "Fischer",    "Weber",   "Meyer",  "Wagner",
               "Becker",   "Hoffmann", "Schäfer",   "Koch",       "Richter", "Klein",  "Wolf",
               "Schröder", "Neumann",  "Schwarz",   "Zimmermann", "Braun",   "Krüger", "Hartmann",
               "Lange",    "Werner",   "Krause",    "Lehmann"}),
         text("German")},
        {list({"Elif", "Emre", "Zeynep", "Mehmet", "Ayşe", "Can", "Deniz", "Burak", "Selin", "Yusuf", "Merve",
               "Kaan"}),
         list({"Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan", "Kılıç"}),
         text("German,Turkish")},
        {list({"Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Magdalena", "Paweł", "Joanna", "Michał", "Zofia",
               "Krzysztof"}),
         list({"Kowalski", "Nowak", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowski", "Zielińska",
               "Szymański", "Dąbrowski", "Kozłowska"}),
         text("Polish,German")},
        {list({"Priya", "Arjun", "Ananya", "Rohan", "Kavya", "Vikram", "Divya", "Aditya", "Meera", "Sanjay",
               "Lakshmi", "Rahul", "Nisha", "Karthik"}),
         list({"Sharma", "Patel", "Iyer", "Reddy", "Nair", "Gupta", "Menon", "Krishnan", "Rao", "Banerjee",
               "Desai", "Chatterjee", "Pillai"}),
         text("Hindi")},
        {list({"Chinonso", "Amara", "Oluwaseun", "Ngozi", "Emeka", "Adaeze", "Tunde", "Funmilayo", "Kwame",
               "Abena", "Kofi", "Wanjiru"}),
         list({"Okafor", "Adeyemi", "Nwosu", "Balogun", "Eze", "Mensah", "Owusu", "Kamau", "Okonkwo",
               "Achebe"}),
         text("")},
        {list({"Wei", "Mei", "Jun", "Xiaoling", "Hao", "Yan", "Lin", "Tao", "Hui", "Minh", "Thu", "Quang",
               "Linh"}),
         list({"Wang", "Li", "Zhang", "Chen", "Liu", "Huang", "Zhao", "Nguyen", "Tran", "Pham", "Le"}),
         text("Mandarin")},
        {list({"Lucía", "Mateo", "Sofía", "Diego", "Valentina", "Javier", "Camila", "Andrés", "Isabel",
               "Rafael", "Inês", "João", "Beatriz"}),
         list({"García", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Ruiz", "Silva",
               "Santos", "Oliveira", "Costa"}),
         text("Spanish")},
        {list({"Layla", "Omar", "Nour", "Karim", "Yasmin", "Tariq", "Salma", "Hassan", "Rania", "Samir"}),
         list({"Haddad", "Khalil", "Nasser", "Mansour", "Farouk", "Saleh", "Hamdan", "Aziz"}),
         text("Arabic,German")},
        {list({"Emily", "James", "Olivia", "Daniel", "Charlotte", "Thomas", "Grace", "William", "Chloe",
               "Oliver", "Rebecca", "Samuel", "Megan", "Harry"}),
         list({"Smith", "Jones", "Taylor", "Brown", "Williams", "Davies", "Evans", "Wilson", "Thomas",
               "Roberts", "Walker", "Wright", "Hughes", "Clarke"}),
         text("")},
        {list({"Madison", "Tyler", "Jessica", "Marcus", "Ashley", "Brandon", "Jasmine", "Kevin", "Brianna",
               "Andre", "Rachel", "Carlos", "Dana", "Jordan"}),
         list({"Johnson", "Miller", "Davis", "Rodriguez", "Anderson", "Jackson", "Thompson", "White",
               "Harris", "Martin", "Robinson", "Lewis", "Washington", "Kim"}),
         text("")},
        {list({"Sanna", "Mikko", "Astrid", "Lars", "Ingrid", "Erik", "Freya", "Nils", "Elin", "Sven"}),
         list({"Andersson", "Johansson", "Virtanen", "Nielsen", "Hansen", "Larsen", "Lindqvist", "Korhonen"}),
         text("Swedish,German")},
        {list({"Giulia", "Marco", "Chiara", "Luca", "Francesca", "Matteo", "Élodie", "Julien", "Camille",
               "Antoine"}),
         list({"Rossi", "Russo", "Bianchi", "Romano", "Colombo", "Dubois", "Moreau", "Laurent", "Lefèvre",
               "Girard"}),
         text("Italian,French")},
    };
    return pools;
}

const QStringList &PhraseBank::departments()
{
    static const QStringList items =
        list({"Engineering", "Product", "Data & Analytics", "Finance", "People & Culture", "Sales",
              "Customer Success", "Marketing", "Operations", "Legal", "Design", "IT Infrastructure",
              "Supply Chain", "Research"});
    return items;
}

const QStringList &PhraseBank::jobTitles()
{
    static const QStringList items = list(
        {"Software Engineer", "Senior Software Engineer", "Engineering Manager", "Product Manager",
         "Data Analyst", "Data Scientist", "Financial Controller", "HR Business Partner", "Account Executive",
         "Customer Success Manager", "Marketing Specialist", "Operations Lead", "Legal Counsel",
         "UX Designer", "Site Reliability Engineer", "Buyer", "Research Scientist", "Team Lead"});
    return items;
}

const QStringList &PhraseBank::skills()
{
    static const QStringList items = list({"Python",
                                           "SQL",
                                           "C++",
                                           "TypeScript",
                                           "Kubernetes",
                                           "Cloud architecture",
                                           "Data visualisation",
                                           "Machine learning",
                                           "Financial modelling",
                                           "Stakeholder management",
                                           "Negotiation",
                                           "Public speaking",
                                           "Product discovery",
                                           "UX research",
                                           "Agile coaching",
                                           "People management",
                                           "Hiring",
                                           "Technical writing",
                                           "Budgeting",
                                           "Contract law",
                                           "Project management",
                                           "Facilitation",
                                           "Customer interviews",
                                           "Pricing",
                                           "Supply chain planning",
                                           "Accessibility",
                                           "Security",
                                           "Change management",
                                           "Storytelling",
                                           "Excel"});
    return items;
}

const QStringList &PhraseBank::interests()
{
    static const QStringList items = list({"Career change",
                                           "First leadership role",
                                           "Promotion readiness",
                                           "Work-life balance",
                                           "Returning from parental leave",
                                           "Public speaking",
                                           "Building confidence",
                                           "Moving into product",
                                           "Moving into data",
                                           "Working across cultures",
                                           "Networking",
                                           "Strategic thinking",
                                           "Managing up",
                                           "Giving feedback",
                                           "Remote collaboration",
                                           "Technical depth",
                                           "Entrepreneurship",
                                           "Diversity and inclusion",
                                           "Mentoring others",
                                           "Time management"});
    return items;
}

const std::vector<PhraseBank::ProgrammeTemplate> &PhraseBank::programmes()
{
    static const std::vector<ProgrammeTemplate> items{
        {text("Career Compass"),
         text("Year-long one-to-one mentoring for early-career colleagues across all departments."),
         text("Each mentee leaves with a written development plan, two completed stretch goals and a network "
              "of "
              "at least five contacts outside their team."),
         ProgrammeFormat::OneToOne, 14, 12, 60},
        {text("Women in Tech Leadership"),
         text("Mentoring for women moving into their first technical leadership role."),
         text(
             "Build confidence in leading teams; prepare participants for a lead or principal role within 18 "
             "months; grow a peer support network."),
         ProgrammeFormat::OneToOne, 14, 12, 60},
        {text("New Joiner Buddies"),
         text("Light-touch peer mentoring during the first six months after joining."),
         text("Faster onboarding, a friendly contact outside the line, and early feedback on the joining "
              "experience."),
         ProgrammeFormat::Peer, 7, 6, 30},
        {text("Reverse Mentoring: Digital Fluency"),
         text("Early-career colleagues mentor senior leaders on digital tools and new ways of working."),
         text("Senior leaders try three new tools hands-on; mentors gain visibility and strategic context."),
         ProgrammeFormat::Reverse, 21, 9, 45},
        {text("Leadership Circles"), text("Small groups of new managers meet with an experienced leader."),
         text("Practise difficult conversations, delegation and feedback in a safe group setting."),
         ProgrammeFormat::Group, 28, 12, 90},
        {text("Graduate Development Programme"),
         text("Two-year structured mentoring for graduates rotating through departments."),
         text("Support rotations, build professional habits, and prepare a permanent placement decision."),
         ProgrammeFormat::OneToOne, 7, 24, 45},
        {text("Data Skills Accelerator"),
         text("Focused mentoring for colleagues moving into analytics roles."),
         text("Each mentee completes a portfolio project and a recognised certification."),
         ProgrammeFormat::OneToOne, 14, 9, 60},
        {text("Micro-mentoring Open Hours"), text("Single-topic sessions anyone can book with an expert."),
         text("Quick answers, cross-department connections, low commitment."), ProgrammeFormat::Micro, 28, 3,
         30},
    };
    return items;
}

const std::vector<PhraseBank::GoalTemplate> &PhraseBank::goals()
{
    static const std::vector<GoalTemplate> items{
        {text("Complete the AWS Solutions Architect Associate certification"),
         text("Work through the official course and two practice exams, then sit the exam."),
         text("Certification"), text("The team is moving its services to AWS next year."), true, 0, 100,
         text("%"),
         list({"Finish course modules 1–4", "Score 75% on a practice exam", "Book the exam",
               "Pass the exam"})},
        {text("Present at three team demos"),
         text("Prepare and give a 10-minute demo of own work to the wider team."), text("Visibility"),
         text("Being visible is part of the promotion criteria."), false, 0, 3, text("demos"),
         list({"Pick a topic with the team lead", "Dry run with mentor", "First demo"})},
        {text("Run six customer discovery interviews"),
         text("Plan, run and write up interviews with customers of the reporting module."),
         text("Product skills"), text("Needed for the move into product management."), false, 0, 6,
         text("interviews"),
         list({"Write the interview guide", "Recruit participants", "Synthesis workshop"})},
        {text("Reduce time spent in recurring meetings"),
         text("Audit the calendar and decline or shorten meetings without a clear purpose."),
         text("Well-being"), text("Frees time for deep work and reduces overtime."), false, 14, 8,
         text("hours/week"),
         list({"Calendar audit", "Talk to manager about priorities", "Four-week review"})},
        {text("Build a network outside the department"),
         text("Have a coffee chat with colleagues from other departments and keep in touch."),
         text("Networking"), text("Broader context for cross-team projects."), false, 0, 10, text("contacts"),
         list({"List people to meet", "First five chats", "Join a community of practice"})},
        {text("Reach B2 level in German"), text("Weekly lessons plus a language tandem."), text("Language"),
         text("Customer calls in the DACH region require German."), true, 0, 100, text("%"),
         list({"Finish the B1 course", "Start a tandem", "Pass the B2 mock exam"})},
        {text("Lead a small project end to end"),
         text("Own scope, plan and delivery of the invoice export rework."), text("Leadership"),
         text("First step towards a team lead role."), true, 0, 100, text("%"),
         list(
             {"Agree scope with stakeholders", "Kick-off", "Midpoint review", "Delivery and retrospective"})},
        {text("Write a personal development plan"),
         text("A one-page plan with strengths, gaps and three concrete actions."), text("Career"),
         text("Basis for the annual review conversation."), true, 0, 100, text("%"),
         list({"Strengths and gaps list", "Draft plan", "Review with manager"})},
        {text("Apply to internal roles"),
         text("Identify suitable internal openings and apply with a tailored CV."), text("Career"),
         text("Mentee wants to move into data analytics within the company."), false, 0, 5,
         text("applications"), list({"Update CV", "Mock interview", "First application sent"})},
        {text("Read four books on leadership"),
         text("Read and discuss one book per quarter with the mentor."), text("Leadership"),
         text("Builds vocabulary for leading people."), false, 0, 4, text("books"),
         list({"Choose the reading list", "Discuss book one", "Discuss book two"})},
        {text("Give structured feedback every sprint"),
         text("Use the situation–behaviour–impact model in retrospectives."), text("Communication"),
         text("Raised in the last performance review."), false, 0, 12, text("sessions"),
         list({"Learn the SBI model", "Practise in role play", "Ask the team for feedback on it"})},
        {text("Publish an internal blog post"), text("Write about the migration lessons learned."),
         text("Visibility"), text("Share knowledge and build a reputation as an expert."), true, 0, 100,
         text("%"), list({"Outline", "First draft reviewed by mentor", "Published"})},
        {text("Improve SQL skills for reporting"),
         text("Complete an intermediate SQL course and rebuild two reports."), text("Technical skills"),
         text("Reduces dependency on the data team."), true, 0, 100, text("%"),
         list({"Course part 1", "Course part 2", "Rebuild the churn report"})},
        {text("Prepare for the promotion panel"),
         text("Collect evidence, write the case, rehearse the panel."), text("Career"),
         text("Promotion round opens in the autumn."), true, 0, 100, text("%"),
         list({"Evidence collected", "Case written", "Mock panel"})},
        {text("Speak at an external meetup"), text("Submit a talk proposal and present at a local meetup."),
         text("Visibility"), text("Builds confidence and the employer brand."), false, 0, 1, text("talk"),
         list({"Submit the proposal", "Rehearse with mentor"})},
    };
    return items;
}

const std::vector<PhraseBank::ResourceTemplate> &PhraseBank::resources()
{
    static const std::vector<ResourceTemplate> items{
        {text("The GROW model for coaching conversations"), ResourceKind::Article,
         text("https://intranet.example.com/learning/grow-model"),
         text("A short introduction to Goal, Reality, Options, Will."), text("coaching,conversations")},
        {text("Radical Candor"), ResourceKind::Book, text(""),
         text("Kim Scott on caring personally and challenging directly."), text("feedback,leadership")},
        {text("Writing a one-page development plan"), ResourceKind::Template,
         text("https://intranet.example.com/templates/development-plan"),
         text("Template with worked example."), text("career,planning")},
        {text("How to run a customer interview"), ResourceKind::Video,
         text("https://learning.example.com/videos/interviews"),
         text("Twenty-minute walkthrough with practice questions."), text("product,research")},
        {text("Internal mobility guide"), ResourceKind::File,
         text("https://intranet.example.com/hr/mobility-guide.pdf"),
         text("How internal applications work, timelines and who to talk to."), text("career,hr")},
        {text("Giving feedback with SBI"), ResourceKind::Article,
         text("https://intranet.example.com/learning/sbi"),
         text("Situation, behaviour, impact — with examples."), text("feedback,communication")},
        {text("The Manager's Path"), ResourceKind::Book, text(""),
         text("Camille Fournier's guide from tech lead to senior leadership."),
         text("leadership,engineering")},
        {text("SQL for analysts — intermediate course"), ResourceKind::Link,
         text("https://learning.example.com/sql-2"), text("Window functions, CTEs and query plans."),
         text("data,sql")},
        {text("Promotion case checklist"), ResourceKind::Template,
         text("https://intranet.example.com/hr/promotion-case"),
         text("What the panel looks for and how to present evidence."), text("career,promotion")},
        {text("Public speaking for introverts"), ResourceKind::Video,
         text("https://learning.example.com/videos/speaking"),
         text("Practical tips for preparing and delivering a talk."), text("speaking,confidence")},
        {text("Mentoring agreement template"), ResourceKind::Template,
         text("https://intranet.example.com/mentoring/agreement"),
         text("Expectations, confidentiality and meeting rhythm."), text("mentoring")},
        {text("Time blocking in practice"), ResourceKind::Article,
         text("https://intranet.example.com/learning/time-blocking"),
         text("How to protect focus time in a busy calendar."), text("productivity,well-being")},
    };
    return items;
}

const QStringList &PhraseBank::jobLeadRoles()
{
    static const QStringList items =
        list({"Junior Data Analyst (internal)", "Associate Product Manager", "Team Lead, Customer Success",
              "Backend Engineer, Payments", "Scrum Master", "HR Generalist (12-month cover)",
              "Business Analyst, Finance", "UX Researcher", "Technical Writer", "Operations Coordinator",
              "Graduate Rotation: Strategy", "Site Reliability Engineer", "Marketing Analyst",
              "Procurement Specialist"});
    return items;
}

const QStringList &PhraseBank::locations()
{
    static const QStringList items =
        list({"Video call", "Video call", "Video call", "Café on the ground floor", "Meeting room 3.14",
              "Office, 2nd floor lounge", "Phone", "Walk around the park"});
    return items;
}

const QStringList &PhraseBank::agendaItems()
{
    static const QStringList items = list(
        {"Check in on the action items from last time", "Review progress on the certification goal",
         "Prepare for the upcoming performance review", "Talk through the feedback from the project retro",
         "Discuss options for the next career step", "Practise the demo presentation",
         "Go through the draft development plan", "Reflect on the first month in the new role",
         "Plan the stakeholder interviews", "Talk about workload and boundaries"});
    return items;
}

const QStringList &PhraseBank::sharedNoteOpenings()
{
    static const QStringList items =
        list({"Good session today.", "Short check-in, both a bit pressed for time.",
              "Energetic conversation.", "We started with a quick review of last time's actions.",
              "Mentee arrived with a clear agenda.", "Picked up where we left off two weeks ago.",
              "Relaxed conversation over coffee.", "Focused session, mostly on the upcoming review."});
    return items;
}

const QStringList &PhraseBank::sharedNoteDiscussions()
{
    static const QStringList items =
        list({"We talked through how to say no to ad-hoc requests without damaging relationships.",
              "Discussed the feedback from the last sprint review and what to try differently.",
              "Mapped the stakeholders for the reporting project and who needs what information.",
              "Went through the practice exam results; networking and IAM are the weak spots.",
              "Rehearsed the opening of the demo twice; the second run was much clearer.",
              "Talked about the difference between a lead role and a management role.",
              "Looked at the internal job board together and shortlisted two roles.",
              "Explored what a sustainable working week looks like after the product launch.",
              "Discussed how to ask the manager for a stretch assignment.",
              "Reviewed the draft blog post; structure is good, the introduction needs work.",
              "Talked about handling a difficult conversation with a senior colleague.",
              "Shared experiences of moving between departments and what helped."});
    return items;
}

const QStringList &PhraseBank::sharedNoteNextSteps()
{
    static const QStringList items = list(
        {"Next time: review the updated plan.", "Agreed to swap reading notes next session.",
         "Mentee will try the approach in Thursday's meeting and report back.",
         "We will focus on the promotion case next time.", "Follow-up in two weeks.",
         "Mentor to share the template mentioned.", "No new actions; keep going with the current plan."});
    return items;
}

const QStringList &PhraseBank::privateNotes()
{
    static const QStringList items =
        list({"Seemed tired and distracted; check in on workload gently next time.",
              "Mentioned tension with their manager — do not raise unless they bring it up.",
              "Considering leaving the company; keep this confidential.",
              "Confidence is lower than they show in the team. Praise the concrete wins.",
              "Possible burnout signs. Suggest talking to the employee assistance programme if it continues.",
              "Personal situation at home is difficult at the moment (family illness).",
              "I should be more careful not to steer too much — let them find the options.",
              "Strong candidate for the lead role; I'd support a referral if asked.",
              "Felt the session was rushed on my side; block more time next meeting."});
    return items;
}

const QStringList &PhraseBank::cancellationNotes()
{
    static const QStringList items =
        list({"Mentee on holiday.", "Mentor travelling for a customer visit.",
              "Clash with the quarterly planning day.", "Mentee off sick.", "Public holiday.",
              "Team offsite, rescheduling not possible this week."});
    return items;
}

const QStringList &PhraseBank::noShowNotes()
{
    static const QStringList items = list({"Mentee did not join; sent a message afterwards.",
                                           "No-show, probably forgot — calendar invite may not have updated.",
                                           "Did not join; followed up by e-mail."});
    return items;
}

const QStringList &PhraseBank::movedNotes()
{
    static const QStringList items =
        list({"Moved by a day because of a deadline.", "Held later in the day after a schedule clash.",
              "Moved earlier to fit around a workshop."});
    return items;
}

const QStringList &PhraseBank::singleMeetingTitles()
{
    static const QStringList items =
        list({"Quick call before the interview", "Kick-off and agreement", "Shadow day in the data team",
              "Mock promotion panel", "Mid-point review with coordinator", "Coffee catch-up",
              "Debrief after the conference", "Closing conversation"});
    return items;
}

const QStringList &PhraseBank::actionItems()
{
    static const QStringList items =
        list({"Update the CV with the recent project", "Book the certification exam",
              "Send the draft plan to mentor", "Ask the manager for a stretch assignment",
              "Read chapter 3 of Radical Candor", "Introduce mentee to a colleague in Product",
              "Schedule two customer interviews", "Write up the demo outline",
              "Share the promotion case template", "Block two focus mornings a week",
              "Reach out to three people for coffee chats", "Finish practice exam 2"});
    return items;
}

const QStringList &PhraseBank::contactSummaries()
{
    static const QStringList items =
        list({"Quick message to check how the presentation went.", "Shared a link to an interesting article.",
              "Mentee asked for advice before a difficult meeting.", "Short call to prepare the interview.",
              "E-mail with feedback on the draft.", "Congratulated on passing the exam.",
              "Checked in after a missed session.", "Sent the template we talked about."});
    return items;
}

const QStringList &PhraseBank::progressNotes()
{
    static const QStringList items =
        list({"Steady progress this fortnight.", "Slower week: project deadline took priority.",
              "Big step forward after the workshop.", "Back on track after the holidays.",
              "Finished the next module.", "Got useful feedback from the team.", "Small step, but moving.",
              "Had to re-plan; the original date was unrealistic.", ""});
    return items;
}

const QStringList &PhraseBank::feedbackPositive()
{
    static const QStringList items =
        list({"Really helpful conversations; I always leave with a clear next step.",
              "My mentor listens well and challenges me in a kind way.",
              "Great progress this quarter, the mentee is very committed.",
              "The sessions gave me the confidence to apply for the lead role.",
              "Well-prepared and open to feedback — a pleasure to mentor."});
    return items;
}

const QStringList &PhraseBank::feedbackMixed()
{
    static const QStringList items =
        list({"Useful, but we often run out of time.", "Good sessions; I would like more concrete exercises.",
              "Hard to find a rhythm with the time difference.", "Some sessions felt a bit unfocused."});
    return items;
}

const QStringList &PhraseBank::feedbackNegative()
{
    static const QStringList items = list({"Meetings keep being cancelled; I am not sure this is working.",
                                           "We do not seem to have a shared understanding of the goals.",
                                           "The mentee rarely prepares and misses sessions."});
    return items;
}

const QStringList &PhraseBank::agreements()
{
    static const QStringList items = list(
        {"We meet every two weeks for an hour. Everything we discuss stays between us unless we agree "
         "otherwise. "
         "The mentee sets the agenda and sends it the day before.",
         "Fortnightly video calls, with a short written check-in by message in between. Either of us can "
         "reschedule with 24 hours' notice.",
         "Weekly 30-minute calls during onboarding, then every two weeks. Focus: getting to know the "
         "organisation "
         "and building a network.",
         "Monthly in-person meetings plus ad-hoc calls. Confidential. We review goals every quarter.",
         "We agreed to be honest when the relationship is not working and to tell the coordinator early."});
    return items;
}

const QStringList &PhraseBank::endReasons()
{
    static const QStringList items =
        list({"Mentee left the company.", "Mentee moved to a new role with a heavy onboarding load.",
              "Schedules never aligned across the time difference.",
              "Different expectations discovered at the fit check.", "Mentor went on extended leave.",
              "Mentee asked for a mentor with a different background."});
    return items;
}

const QStringList &PhraseBank::closingReflections()
{
    static const QStringList items =
        list({"We ended on good terms; the first goals were useful even if we did not finish.",
              "In hindsight the fit check should have been earlier — we both sensed the mismatch.",
              "I learned to ask more open questions. Suggested a rematch with someone in Product.",
              "The mentee made real progress on confidence before the move; happy to reconnect later."});
    return items;
}

const QStringList &PhraseBank::completionReflections()
{
    static const QStringList items =
        list({"A great year: certification passed, first talk given, and a clear plan for the next step.",
              "We achieved most goals; the network goal took longer than expected but worked out.",
              "The mentee now leads a small team — the relationship did what it was meant to do.",
              "We will keep meeting informally every couple of months."});
    return items;
}

const QStringList &PhraseBank::supportRelations()
{
    static const QStringList items = list(
        {"Line manager", "HR business partner", "Onboarding buddy", "Programme coordinator", "Team lead"});
    return items;
}

const QStringList &PhraseBank::supportNotes()
{
    static const QStringList items =
        list({"Aware of the mentoring goals and supportive.", "Contact for questions about internal moves.",
              "Helps with day-to-day questions.", "Agreed to review the development plan.", ""});
    return items;
}

const QStringList &PhraseBank::shareNotes()
{
    static const QStringList items =
        list({"Thought of you after our last conversation.", "Relevant for the promotion case.",
              "Have a look before next time.", "This helped me a lot when I started.", ""});
    return items;
}

const QStringList &PhraseBank::bios()
{
    static const QStringList items = list(
        {"Enjoys helping people find their next step.",
         "Moved from engineering into management five years ago.",
         "Curious about data, cycling and good coffee.", "Joined through the graduate programme and stayed.",
         "Interested in how teams work across time zones.", "Career changer from teaching into tech.",
         "Likes structured problems and long walks.", ""});
    return items;
}

} // namespace trellis
