import type { BrandSlug } from "./brands.ts";

/** Given names and family names that belong together, and how common each group is among a brand's customers. */
export interface NameGroup {
  first: readonly string[];
  last: readonly string[];
  weight: Record<BrandSlug, number>;
}

export const NAME_GROUPS: readonly NameGroup[] = [
  {
    first: ["Oliver", "Amelia", "Harry", "Isla", "George", "Sophie", "Jack", "Charlotte", "Alfie", "Poppy", "Eleanor", "Callum"],
    last: ["Thompson", "Hughes", "Walker", "Clarke", "Bennett", "Holloway", "Fletcher", "Marsh", "Pritchard", "Ashworth"],
    weight: { "lumen-fibre": 8, threadline: 1, "harbor-insurance": 2 },
  },
  {
    first: ["Aoife", "Cian", "Siobhan", "Declan", "Niamh", "Ronan", "Orla", "Padraig"],
    last: ["Byrne", "O'Sullivan", "Kavanagh", "Doyle", "McCarthy", "Gallagher", "Nolan", "Brennan"],
    weight: { "lumen-fibre": 2, threadline: 1, "harbor-insurance": 1 },
  },
  {
    first: ["Priyanka", "Arjun", "Sunita", "Rohan", "Kavya", "Vikram", "Anjali", "Imran", "Fatima", "Aarav"],
    last: ["Sharma", "Patel", "Iyer", "Chaudhry", "Khan", "Reddy", "Malhotra", "Siddiqui", "Nair", "Bhatt"],
    weight: { "lumen-fibre": 3, threadline: 2, "harbor-insurance": 2 },
  },
  {
    first: ["Chidi", "Ngozi", "Tunde", "Adaeze", "Kwame", "Abena", "Emeka", "Folake"],
    last: ["Adeyemi", "Okonkwo", "Mensah", "Balogun", "Eze", "Asante", "Nwosu", "Owusu"],
    weight: { "lumen-fibre": 2, threadline: 2, "harbor-insurance": 1 },
  },
  {
    first: ["Kasia", "Tomasz", "Agnieszka", "Piotr", "Zofia", "Marek"],
    last: ["Nowak", "Kowalczyk", "Wiśniewska", "Zieliński", "Lewandowski", "Wójcik"],
    weight: { "lumen-fibre": 2, threadline: 0, "harbor-insurance": 0 },
  },
  {
    first: ["Mia", "Ethan", "Madison", "Tyler", "Brooke", "Logan", "Hannah", "Caleb", "Avery", "Jordan", "Kayla", "Dylan"],
    last: ["Johnson", "Miller", "Anderson", "Parker", "Reynolds", "Coleman", "Brooks", "Sullivan", "Hayes", "Carter"],
    weight: { "lumen-fibre": 0, threadline: 8, "harbor-insurance": 1 },
  },
  {
    first: ["Sofía", "Mateo", "Valentina", "Diego", "Camila", "Alejandro", "Lucía", "Javier", "Isabela", "Andrés"],
    last: ["García", "Hernández", "Morales", "Ramírez", "Castillo", "Vargas", "Ortiz", "Mendoza", "Rojas", "Delgado"],
    weight: { "lumen-fibre": 1, threadline: 4, "harbor-insurance": 1 },
  },
  {
    first: ["Ji-woo", "Min-jun", "Seo-yeon", "Hyun", "Yuna", "Daniel", "Grace", "Kevin"],
    last: ["Kim", "Park", "Choi", "Jung", "Kang", "Yoon", "Lim"],
    weight: { "lumen-fibre": 0, threadline: 2, "harbor-insurance": 1 },
  },
  {
    first: ["Wei", "Mei", "Jun", "Xiu", "Hao", "Ling", "Chen", "Yan"],
    last: ["Zhang", "Liu", "Huang", "Zhou", "Wu", "Tan", "Lin", "Xu"],
    weight: { "lumen-fibre": 1, threadline: 1, "harbor-insurance": 3 },
  },
  {
    first: ["Lachlan", "Matilda", "Cooper", "Ruby", "Hamish", "Zoe", "Jarrah", "Chloe", "Mitchell", "Tegan", "Brodie", "Sienna"],
    last: ["Mitchell", "Robertson", "Kelly", "McKenzie", "Fraser", "Campbell", "Stewart", "Whitfield", "Dawson", "Harrington"],
    weight: { "lumen-fibre": 0, threadline: 0, "harbor-insurance": 7 },
  },
  {
    first: ["Thanh", "Linh", "Minh", "Huong", "Quang", "Trang"],
    last: ["Nguyen", "Tran", "Pham", "Le", "Vo", "Dang"],
    weight: { "lumen-fibre": 0, threadline: 1, "harbor-insurance": 2 },
  },
  {
    first: ["Eleni", "Nikos", "Giulia", "Marco", "Dimitra", "Luca", "Francesca", "Stavros"],
    last: ["Papadopoulos", "Georgiou", "Rossi", "Bianchi", "Romano", "Karras", "Conti", "Vlahos"],
    weight: { "lumen-fibre": 1, threadline: 1, "harbor-insurance": 2 },
  },
  {
    first: ["Joshua", "Bea", "Paolo", "Kristine", "Miguel", "Angelica"],
    last: ["Santos", "Reyes", "Cruz", "Bautista", "Villanueva", "Aquino"],
    weight: { "lumen-fibre": 0, threadline: 1, "harbor-insurance": 2 },
  },
  {
    first: ["Jamal", "Aaliyah", "Malik", "Imani", "Darnell", "Nia", "Andre", "Tasha"],
    last: ["Washington", "Jefferson", "Robinson", "Freeman", "Banks", "Henderson"],
    weight: { "lumen-fibre": 1, threadline: 3, "harbor-insurance": 0 },
  },
];
