package org.thrivemis.host.reference.internal.school;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Forenames and surnames as found on the roll of an English primary school today, and a picker
 * that never repeats a full name (so a search for a pupil finds one child).
 */
final class NameBank {

    static final List<String> CHILD_FORENAMES = List.of(
            "Oliver", "Amelia", "George", "Isla", "Noah", "Ava", "Arthur", "Mia", "Leo", "Ivy", "Harry", "Lily",
            "Oscar", "Freya", "Archie", "Florence", "Henry", "Willow", "Theodore", "Isabella", "Freddie", "Sophia",
            "Jack", "Grace", "Charlie", "Evie", "Alfie", "Poppy", "Jacob", "Ella", "Thomas", "Rosie", "Finley",
            "Daisy", "Muhammad", "Aisha", "Yusuf", "Maryam", "Ibrahim", "Zara", "Ayaan", "Amira", "Hamza", "Fatima",
            "Zayn", "Hafsa", "Arjun", "Priya", "Rohan", "Anaya", "Aarav", "Saanvi", "Krish", "Diya", "Simran",
            "Gurveer", "Jasleen", "Kai", "Niamh", "Cillian", "Saoirse", "Oisín", "Aoife", "Callum", "Eilidh", "Rhys",
            "Seren", "Dylan", "Cerys", "Osian", "Ffion", "Jakub", "Zofia", "Szymon", "Lena", "Mateusz", "Julia",
            "Kacper", "Maja", "Chidi", "Adaeze", "Tobi", "Amara", "Kwame", "Ama", "Tunde", "Ife", "Kofi", "Nia",
            "Malik", "Imani", "Elijah", "Aaliyah", "Joshua", "Hannah", "Samuel", "Chloe", "Benjamin", "Ruby", "Max",
            "Phoebe", "Ethan", "Matilda", "Reuben", "Elsie", "Louis", "Harper", "Teddy", "Sienna", "Luca", "Bella",
            "Hugo", "Luna", "Ezra", "Eva", "Jude", "Aria", "Rory", "Maisie", "Felix", "Esmé", "Albie", "Iris",
            "Stanley", "Martha", "Tommy", "Nancy", "Ronnie", "Violet", "Mason", "Emily", "Logan", "Olivia", "Riley",
            "Jessica", "Dexter", "Lucy", "Alex", "Holly", "Sam", "Erin", "Jamie", "Megan", "Wei", "Mei", "Jun",
            "Minh", "Linh", "Ali", "Leyla", "Emre", "Elif", "Yasmin", "Omar", "Safa", "Bilal", "Inaya", "Adam",
            "Eve", "Jaxon", "Nyla", "Kian", "Mabli", "Zoë", "Ezekiel", "Kayden", "Halima", "Idris", "Layla",
            "Reggie", "Orla", "Frankie", "Millie", "Ruairi", "Tilly", "Bobby", "Nell");

    static final List<String> ADULT_FORENAMES = List.of(
            "Sarah", "David", "Rachel", "Mark", "Emma", "Paul", "Laura", "Andrew", "Nicola", "Gareth", "Sunita",
            "Imran", "Joanne", "Stephen", "Kirsty", "Rebecca", "Michael", "Catherine", "Tariq", "Louise", "Gemma",
            "Richard", "Naomi", "Craig", "Bethan", "Shabana", "Martin", "Fiona");

    static final List<String> SURNAMES = List.of(
            "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson",
            "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall",
            "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill", "Ward",
            "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen", "James", "Scott",
            "Phillips", "Watson", "Davis", "Parker", "Price", "Bennett", "Young", "Griffiths", "Mitchell", "Kelly",
            "Cook", "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy", "Miller", "Cox",
            "Richards", "Khan", "Marshall", "Anderson", "Simpson", "Ellis", "Adams", "Singh", "Begum", "Wilkinson",
            "Foster", "Chapman", "Powell", "Webb", "Rogers", "Gray", "Mason", "Ali", "Hunt", "Hussain", "Campbell",
            "Matthews", "Owen", "Palmer", "Holmes", "Mills", "Barnes", "Knight", "Lloyd", "Butler", "Russell",
            "Barker", "Fisher", "Stevens", "Jenkins", "Murray", "Dixon", "Harvey", "Graham", "Pearson", "Ahmed",
            "Fletcher", "Walsh", "Kaur", "Gibson", "Howard", "Andrews", "Stewart", "Elliott", "Reynolds", "Saunders",
            "Payne", "Fox", "Ford", "Pearce", "Day", "Brooks", "West", "Lawrence", "Cole", "Atkinson", "Bradley",
            "Spencer", "Gill", "Dawson", "Ball", "Burton", "O'Brien", "Watts", "Rose", "Booth", "Perry", "Ryan",
            "Grant", "Wells", "Armstrong", "Francis", "Rees", "Hayes", "Hart", "Hudson", "Newman", "Barrett",
            "Webster", "Hunter", "Gregory", "Carr", "Lowe", "Page", "Marsh", "Riley", "Dunn", "Woods", "Parsons",
            "Berry", "Stone", "Reid", "Holland", "Hawkins", "Harding", "Porter", "Robertson", "Newton", "Oliver",
            "Reed", "Kennedy", "Williamson", "Bird", "Gardner", "Shah", "Dean", "Lane", "Cooke", "Bates",
            "Henderson", "Parry", "Burgess", "Bishop", "Walton", "Burns", "Nicholson", "Shepherd", "Ross", "Cross",
            "Long", "Freeman", "Warren", "Nicholls", "Hamilton", "Byrne", "Sutton", "McDonald", "Yates", "Hodgson",
            "Robson", "Curtis", "Hopkins", "O'Connor", "Coleman", "Watkins", "Moss", "McCarthy", "Chambers",
            "O'Neill", "Griffin", "Sharp", "Hardy", "Wheeler", "Potter", "Osborne", "Johnston", "Gordon", "Doyle",
            "Wallace", "Jordan", "Hutchinson", "Rowe", "Burke", "Pritchard", "Gilbert", "Willis", "Higgins", "Miah",
            "Kowalski", "Nowak", "Wiśniewska", "Okafor", "Adeyemi", "Mensah", "Boateng", "Nguyen", "Chen", "Wang",
            "Yılmaz", "Kaya", "Mahmood", "Iqbal", "Rahman", "Chowdhury", "Sharma", "Kumar", "Gupta", "Sandhu",
            "Dhillon", "Mohammed", "Abdi", "Hassan", "Osei", "Asante", "Okonkwo", "Eze", "MacLeod", "Fraser", "Pugh",
            "Llewellyn", "Da Silva", "Santos", "Popescu", "Ionescu", "Petrov", "Kaplan", "Bhatt", "Desai");

    /** How many draws to spend looking for a name nobody has before accepting a namesake. */
    private static final int MAX_ATTEMPTS = 64;

    private final Random random;
    private final Set<String> used = new HashSet<>();

    NameBank(Random random) {
        this.random = random;
    }

    /** A forename and a surname. */
    record Name(String forename, String surname) {
    }

    /** A child's name not given to anyone yet. */
    Name nextChild() {
        return next(CHILD_FORENAMES);
    }

    /** An adult's name not given to anyone yet. */
    Name nextAdult() {
        return next(ADULT_FORENAMES);
    }

    /** Marks a full name as taken (the fixed demo staff). */
    void reserve(String forename, String surname) {
        used.add(forename + " " + surname);
    }

    /**
     * Tries for an unused name a bounded number of times, then accepts a repeat: a sample school
     * of usual size never repeats a name, while a very large one (load tests) has namesakes, as
     * real populations do, instead of running out of names.
     */
    private Name next(List<String> forenames) {
        for (int attempt = 1; ; attempt++) {
            String forename = forenames.get(random.nextInt(forenames.size()));
            String surname = SURNAMES.get(random.nextInt(SURNAMES.size()));
            if (used.add(forename + " " + surname) || attempt >= MAX_ATTEMPTS) {
                return new Name(forename, surname);
            }
        }
    }
}
